; about: multiplying a pointer by a pointer
; type: xdp

  r2 = r10
  r1 *= r2
  r0 = 0
  exit
