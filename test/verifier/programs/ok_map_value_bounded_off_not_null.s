; about: a map value pointer plus an offset of at most 255 is not 0: 'r0 != 0' is always taken, so the read of r9 after it is dead
; type: socket_filter
; map: h:hash:8:8:1
  r1 = 0
  *(u64 *)(r10 - 8) = r1
  r2 = r10
  r2 += -8
  r1 = map[h] ll
  call bpf_map_lookup_elem
  if r0 == 0 goto +5
  r1 = *(u64 *)(r0 + 0)
  r1 &= 0xff
  r0 += r1
  if r0 != 0 goto +1
  r0 = *(u64 *)(r9 + 0)
  r0 = 0
  exit
