; about: the spill happens on each path before they join, so the slot itself (not a register) must be marked precise (branch reversed, so the other path is explored first)
; type: xdp
; map: m:array:4:16:1

  call bpf_get_prandom_u32
  if r0 <= 5 goto big
  r6 = 4
  *(u64 *)(r10 - 16) = r6
  goto join
big:
  r6 = 400
  *(u64 *)(r10 - 16) = r6
join:
  r6 = 0
  r0 = 0
  *(u32 *)(r10 - 4) = 0
  r1 = map[m] ll
  r2 = r10
  r2 += -4
  call bpf_map_lookup_elem
  if r0 == 0 goto out
  r6 = *(u64 *)(r10 - 16)
  r0 += r6
  r0 = *(u32 *)(r0 + 0)
  exit
out:
  r0 = 0
  exit
