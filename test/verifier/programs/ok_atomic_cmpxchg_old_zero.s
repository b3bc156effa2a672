; about: cmpxchg loads the old value into r0 as a load would: zeroed stack bytes give 0, so the
; access at r0 within the map value is allowed
; type: xdp
; map: vals:array:4:8:1

  *(u64 *)(r10 - 8) = 0
  r0 = 0
  r1 = 7
  r0 = cmpxchg_64(r10 - 8, r0, r1)
  r6 = r0
  r1 = 0
  *(u32 *)(r10 - 12) = r1
  r2 = r10
  r2 += -12
  r1 = map[vals] ll
  call bpf_map_lookup_elem
  if r0 == 0 goto out
  r0 += r6
  r0 = *(u64 *)(r0 + 0)
out:
  r0 = 2
  exit
