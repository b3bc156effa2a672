; about: a jump past the last instruction
; type: xdp

  r0 = 0
  goto +5
  exit
