; about: a subprogram may return without setting r0 if the caller never reads it
; type: xdp

  r6 = 0
  call f
  r0 = 0
  exit
f:
  r6 = 1
  exit
