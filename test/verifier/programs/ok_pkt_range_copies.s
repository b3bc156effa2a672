; about: a copy of the packet pointer taken before the check shares the checked range
; type: xdp

  r2 = *(u32 *)(r1 + 0)
  r3 = *(u32 *)(r1 + 4)
  r6 = r2
  r4 = r2
  r4 += 14
  if r4 > r3 goto out
  r0 = *(u16 *)(r6 + 12)
  exit
out:
  r0 = 0
  exit
