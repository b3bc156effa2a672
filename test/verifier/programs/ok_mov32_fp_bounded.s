; about: a 32-bit copy of the frame pointer (privileged) is a number below 2^32: added to the context pointer it is bounded, and the program loads
; type: xdp

  w2 = w10
  r2 += r1
  r0 = 0
  exit
