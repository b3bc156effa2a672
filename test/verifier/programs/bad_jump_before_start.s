; about: a jump before the first instruction
; type: xdp

  r0 = 0
  goto -3
  exit
