; about: a constant key 0 makes the array lookup non-null, key 100 does not: the key slot must stay precise across the join (branch reversed, so the other path is explored first)
; type: xdp
; map: m:array:4:8:4

  call bpf_get_prandom_u32
  if r0 <= 5 goto big
  r1 = 0
  goto join
big:
  r1 = 100
join:
  *(u32 *)(r10 - 4) = r1
  r1 = map[m] ll
  r2 = r10
  r2 += -4
  call bpf_map_lookup_elem
  r0 = *(u64 *)(r0 + 0)
  exit
