; about: one subprogram called from two places with different argument types
; type: xdp

  r1 = 4
  call ident
  r6 = r0
  r1 = 5
  call ident
  r0 += r6
  exit
ident:
  r0 = r1
  exit
