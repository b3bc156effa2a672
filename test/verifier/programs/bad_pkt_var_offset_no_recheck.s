; about: a bounded variable offset is added after the check; the range is not known any more
; type: xdp

  r2 = *(u32 *)(r1 + 0)
  r3 = *(u32 *)(r1 + 4)
  r4 = r2
  r4 += 64
  if r4 > r3 goto out
  r5 = *(u8 *)(r2 + 0)
  r5 &= 15
  r2 += r5
  r0 = *(u8 *)(r2 + 0)
  exit
out:
  r0 = 0
  exit
