; about: an arithmetic shift by -1
; type: xdp

  r0 = 1
  r0 s>>= -1
  exit
