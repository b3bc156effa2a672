; about: offsets 4 and 8 on the two paths, both in range: precise, not pruned, and both accepted
; type: xdp
; map: m:array:4:16:1

  call bpf_get_prandom_u32
  if r0 > 5 goto big
  r6 = 4
  goto join
big:
  r6 = 8
join:
  *(u32 *)(r10 - 4) = 0
  r1 = map[m] ll
  r2 = r10
  r2 += -4
  call bpf_map_lookup_elem
  if r0 == 0 goto out
  r0 += r6
  r0 = *(u32 *)(r0 + 0)
  exit
out:
  r0 = 0
  exit
