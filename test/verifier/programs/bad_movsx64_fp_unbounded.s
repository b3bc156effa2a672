; about: a 64-bit sign-extending copy of the frame pointer is any number: added to the context pointer it is refused
; type: xdp

  r2 = (s8)r10
  r2 += r1
  r0 = 0
  exit
