; about: bpf_map_update_elem with BPF_NOEXIST and a value built in the stack
; type: xdp
; map: m:hash:8:16:64

  *(u64 *)(r10 - 8) = 1
  *(u64 *)(r10 - 24) = 2
  *(u64 *)(r10 - 16) = 3
  r1 = map[m] ll
  r2 = r10
  r2 += -8
  r3 = r10
  r3 += -24
  r4 = 1
  call bpf_map_update_elem
  r0 = 2
  exit
