; about: subtracting a pointer from a scalar
; type: xdp

  r0 = 100
  r0 -= r10
  exit
