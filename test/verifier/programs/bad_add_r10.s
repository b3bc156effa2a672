; about: the frame pointer cannot be modified in place
; type: xdp

  r10 += -8
  r0 = 0
  exit
