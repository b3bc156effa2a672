; about: constant key 0 (a zeroed stack slot) into an array: the kernel knows the lookup cannot fail, no null check needed
; type: xdp
; map: a:array:4:8:4

  *(u32 *)(r10 - 4) = 0
  r1 = map[a] ll
  r2 = r10
  r2 += -4
  call bpf_map_lookup_elem
  r0 = *(u64 *)(r0 + 0)
  exit
