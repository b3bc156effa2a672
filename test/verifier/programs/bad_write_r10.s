; about: the frame pointer cannot be assigned
; type: xdp

  r10 = 0
  r0 = 0
  exit
