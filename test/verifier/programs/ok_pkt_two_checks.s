; about: a second, longer check widens the range
; type: xdp

  r2 = *(u32 *)(r1 + 0)
  r3 = *(u32 *)(r1 + 4)
  r4 = r2
  r4 += 14
  if r4 > r3 goto out
  r0 = *(u16 *)(r2 + 12)
  if r0 != 8 goto out
  r4 = r2
  r4 += 34
  if r4 > r3 goto out
  r0 = *(u8 *)(r2 + 23)
  exit
out:
  r0 = 0
  exit
