; about: a 4-byte spill of r1 = 1<<32: the key is the spilled register's whole value, past max_entries, so the lookup may fail
; type: socket_filter
; map: a:array:4:8:4

  r1 = 0x100000000 ll
  *(u32 *)(r10 - 8) = r1
  r1 = map[a] ll
  r2 = r10
  r2 += -8
  call bpf_map_lookup_elem
  r0 = *(u64 *)(r0 + 0)
  r0 = 0
  exit
