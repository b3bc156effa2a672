; about: an atomic fetch of stack data (not a spilled constant) gives an unknown value: its
; index into the map value is unbounded
; type: xdp
; map: vals:array:4:8:1

  r1 = 3
  *(u32 *)(r10 - 8) = r1
  *(u32 *)(r10 - 4) = r1
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
