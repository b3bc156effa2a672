; about: a subprogram that returns without setting r0
; type: xdp

  call f
  exit
f:
  r1 = 0
  exit
