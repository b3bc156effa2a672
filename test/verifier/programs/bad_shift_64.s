; about: a 64-bit shift by the constant 64
; type: xdp

  r0 = 1
  r0 <<= 64
  exit
