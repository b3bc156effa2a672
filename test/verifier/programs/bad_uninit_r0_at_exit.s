; about: exit with r0 never written
; type: xdp

  r1 = 0
  exit
