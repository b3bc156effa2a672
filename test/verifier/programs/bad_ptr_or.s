; about: or-ing into a pointer
; type: xdp

  r1 |= 4
  r0 = 0
  exit
