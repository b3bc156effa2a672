; about: a 4-byte key whose slot holds an 8-byte spill of 0: the spill is not the key's size, so the key is not known and the lookup may fail
; type: socket_filter
; map: a:array:4:8:4

  r1 = 0
  *(u64 *)(r10 - 8) = r1
  r1 = map[a] ll
  r2 = r10
  r2 += -8
  call bpf_map_lookup_elem
  r0 = *(u64 *)(r0 + 0)
  r0 = 0
  exit
