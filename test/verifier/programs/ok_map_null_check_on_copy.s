; about: the null check on r0 also clears its copy in r6
; type: xdp
; map: m:hash:4:8:16

  *(u32 *)(r10 - 4) = 0
  r1 = map[m] ll
  r2 = r10
  r2 += -4
  call bpf_map_lookup_elem
  r6 = r0
  if r0 == 0 goto out
  r0 = *(u64 *)(r6 + 0)
  exit
out:
  r0 = 0
  exit
