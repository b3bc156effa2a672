; about: helper 999 does not exist
; type: xdp

  call 999
  r0 = 0
  exit
