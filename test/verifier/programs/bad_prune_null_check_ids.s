; about: a null check on r6 covers r7 only where r7 is a copy of r6; on the other path r7 is a second lookup still to check
; type: xdp
; map: m:hash:4:8:4

  *(u32 *)(r10 - 4) = 0
  r1 = map[m] ll
  r2 = r10
  r2 += -4
  call bpf_map_lookup_elem
  r6 = r0
  r7 = r0
  call bpf_get_prandom_u32
  if r0 > 5 goto skip
  *(u32 *)(r10 - 4) = 0
  r1 = map[m] ll
  r2 = r10
  r2 += -4
  call bpf_map_lookup_elem
  r7 = r0
  r0 = 0
  goto join
skip:
  r0 = 0
join:
  if r6 == 0 goto out
  r0 = *(u64 *)(r7 + 0)
  exit
out:
  r0 = 0
  exit
