; about: with strict alignment, a u16 at a packet offset only known to be a multiple of 1
; type: xdp
; strict_align: true

  r2 = *(u32 *)(r1 + 0)
  r3 = *(u32 *)(r1 + 4)
  r4 = r2
  r4 += 1
  if r4 > r3 goto out
  r5 = *(u8 *)(r2 + 0)
  r5 &= 7
  r2 += r5
  r4 = r2
  r4 += 2
  if r4 > r3 goto out
  r0 = *(u16 *)(r2 + 0)
  exit
out:
  r0 = 0
  exit
