; about: signed division by the constant 0
; type: xdp

  r0 = 10
  r0 s/= 0
  exit
