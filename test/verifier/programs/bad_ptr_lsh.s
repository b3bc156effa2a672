; about: shifting a pointer
; type: xdp

  r2 = r10
  r2 <<= 2
  r0 = 0
  exit
