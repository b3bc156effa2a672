; about: a 32-bit shift by the constant 32
; type: xdp

  w0 = 1
  w0 >>= 32
  exit
