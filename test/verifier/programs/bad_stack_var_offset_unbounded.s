; about: a stack pointer plus an unbounded scalar, then a write through it
; type: xdp

  r2 = *(u32 *)(r1 + 16)
  r3 = r10
  r3 += -16
  r3 += r2
  *(u8 *)(r3 + 0) = 0
  r0 = 0
  exit
