; about: an atomic fetch gives its register the old value as a load would: here a spilled 3, so
; the value's index is known and the access within the map value is allowed
; type: xdp
; map: vals:array:4:8:1

  r1 = 3
  *(u64 *)(r10 - 8) = r1
  r2 = 1
  r2 = atomic_fetch_add((u64 *)(r10 - 8), r2)
  r6 = r2
  r1 = 0
  *(u32 *)(r10 - 12) = r1
  r2 = r10
  r2 += -12
  r1 = map[vals] ll
  call bpf_map_lookup_elem
  if r0 == 0 goto out
  r0 += r6
  r0 = *(u32 *)(r0 + 0)
out:
  r0 = 2
  exit
