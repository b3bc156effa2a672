; about: a map value pointer plus an offset of up to 2^63 may wrap to 0: 'r0 != 0' is not decided, and the fall-through reads r9, never written
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
  r1 >>= 1
  r0 += r1
  if r0 != 0 goto +1
  r0 = *(u64 *)(r9 + 0)
  r0 = 0
  exit
