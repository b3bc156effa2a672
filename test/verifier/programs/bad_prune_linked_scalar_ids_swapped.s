; about: as bad_prune_linked_scalar_ids.s with the branch the other way round, so the linked path is explored second
; type: xdp
; map: m:array:4:16:1

  call bpf_get_prandom_u32
  r7 = r0
  call bpf_get_prandom_u32
  r8 = r0
  call bpf_get_prandom_u32
  if r0 <= 5 goto other
  r8 = r7
  r0 = 0
  goto join
other:
  r0 = 0
join:
  if r7 > 8 goto out
  *(u32 *)(r10 - 4) = 0
  r1 = map[m] ll
  r2 = r10
  r2 += -4
  call bpf_map_lookup_elem
  if r0 == 0 goto out
  r0 += r8
  r0 = *(u64 *)(r0 + 0)
  exit
out:
  r0 = 0
  exit
