; about: division by the constant 0
; type: xdp

  r0 = 10
  r0 /= 0
  exit
