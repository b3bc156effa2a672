; about: division by a register that may be zero is allowed (the result is 0 at run time)
; type: xdp

  r0 = 100
  r1 = *(u32 *)(r1 + 16)
  r0 /= r1
  exit
