; about: a 32-bit comparison of packet pointers
; type: xdp

  r2 = *(u32 *)(r1 + 0)
  r3 = *(u32 *)(r1 + 4)
  r4 = r2
  r4 += 14
  if w4 > w3 goto out
  r0 = *(u16 *)(r2 + 12)
  exit
out:
  r0 = 0
  exit
