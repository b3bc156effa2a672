; about: a constant key does not make a hash lookup non-NULL
; type: xdp
; map: h:hash:4:8:4

  *(u32 *)(r10 - 4) = 0
  r1 = map[h] ll
  r2 = r10
  r2 += -4
  call bpf_map_lookup_elem
  r0 = *(u64 *)(r0 + 0)
  exit
