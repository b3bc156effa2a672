; about: constant key 4 in a 4-entry array: the lookup may return NULL, and is used unchecked
; type: xdp
; map: a:array:4:8:4

  *(u32 *)(r10 - 4) = 4
  r1 = map[a] ll
  r2 = r10
  r2 += -4
  call bpf_map_lookup_elem
  r0 = *(u64 *)(r0 + 0)
  exit
