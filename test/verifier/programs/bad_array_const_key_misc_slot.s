; about: key 3 stored with a 4-byte immediate store at fp-4 is not tracked as a constant (only 8-aligned spills are), so the lookup may return NULL
; type: xdp
; map: a:array:4:8:4

  *(u32 *)(r10 - 4) = 3
  r1 = map[a] ll
  r2 = r10
  r2 += -4
  call bpf_map_lookup_elem
  r0 = *(u64 *)(r0 + 0)
  exit
