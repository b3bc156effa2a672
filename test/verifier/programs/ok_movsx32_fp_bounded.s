; about: a 32-bit sign-extending copy of the frame pointer is zero-extended too: a number below 2^32, and the program loads
; type: xdp

  w2 = (s8)w10
  r2 += r1
  r0 = 0
  exit
