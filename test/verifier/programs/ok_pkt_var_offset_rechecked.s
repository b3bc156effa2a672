; about: a variable offset added to the packet pointer, then checked again
; type: xdp

  r2 = *(u32 *)(r1 + 0)
  r3 = *(u32 *)(r1 + 4)
  r4 = r2
  r4 += 1
  if r4 > r3 goto out
  r5 = *(u8 *)(r2 + 0)
  r5 &= 60
  r2 += r5
  r4 = r2
  r4 += 4
  if r4 > r3 goto out
  r0 = *(u32 *)(r2 + 0)
  exit
out:
  r0 = 0
  exit
