; about: subtracting a variable from a stack pointer
; type: xdp

  r3 = *(u32 *)(r1 + 16)
  r3 &= 7
  r2 = r10
  r2 -= r3
  r0 = 0
  exit
