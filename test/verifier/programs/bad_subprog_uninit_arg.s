; about: the callee reads r3, which the caller never set
; type: xdp

  r1 = 1
  call f
  exit
f:
  r0 = r1
  r0 += r3
  exit
