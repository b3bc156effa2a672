; about: registers never read need not be written
; type: xdp

  r0 = 2
  r5 = r0
  exit
