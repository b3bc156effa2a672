; about: a key at fp-4, the upper half of an 8-byte spill of 0: 4 spilled bytes from the key on, the key's size, so the key is the spilled 0
; type: socket_filter
; map: a:array:4:8:4

  r1 = 0
  *(u64 *)(r10 - 8) = r1
  r1 = map[a] ll
  r2 = r10
  r2 += -4
  call bpf_map_lookup_elem
  r0 = *(u64 *)(r0 + 0)
  r0 = 0
  exit
