; about: an 8-byte store of the immediate 0 is a spill of 0, not zeroed bytes: a 4-byte key there is not known
; type: socket_filter
; map: a:array:4:8:4

  *(u64 *)(r10 - 8) = 0
  r1 = map[a] ll
  r2 = r10
  r2 += -8
  call bpf_map_lookup_elem
  r0 = *(u64 *)(r0 + 0)
  r0 = 0
  exit
