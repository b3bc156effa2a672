; about: the smallest program
; type: xdp

  r0 = 0
  exit
