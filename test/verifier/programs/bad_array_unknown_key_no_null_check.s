; about: an array lookup with a key not known to be in range may return NULL
; type: xdp
; map: a:array:4:8:4

  r2 = *(u32 *)(r1 + 16)
  *(u32 *)(r10 - 4) = r2
  r1 = map[a] ll
  r2 = r10
  r2 += -4
  call bpf_map_lookup_elem
  r0 = *(u64 *)(r0 + 0)
  exit
