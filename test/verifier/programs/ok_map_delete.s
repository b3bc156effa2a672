; about: bpf_map_delete_elem with a stack key
; type: xdp
; map: m:hash:4:8:16

  *(u32 *)(r10 - 4) = 1
  r1 = map[m] ll
  r2 = r10
  r2 += -4
  call bpf_map_delete_elem
  r0 = 0
  exit
