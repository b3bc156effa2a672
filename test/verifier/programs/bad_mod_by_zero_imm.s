; about: modulo by the constant 0 (32-bit)
; type: xdp

  w0 = 10
  w0 %= 0
  exit
