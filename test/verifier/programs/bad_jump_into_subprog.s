; about: a jump from the main program into a subprogram's body
; type: xdp

  r0 = 0
  if r1 == 0 goto inside
  call f
  exit
f:
  r0 = 1
inside:
  exit
