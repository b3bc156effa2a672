; about: shifts by the largest valid constants and by a register
; type: xdp

  r0 = 1
  r0 <<= 63
  r0 >>= 63
  w0 <<= 31
  r0 s>>= 1
  r1 = *(u32 *)(r1 + 16)
  r0 <<= r1
  exit
