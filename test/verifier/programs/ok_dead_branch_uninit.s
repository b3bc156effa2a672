; about: the branch reading an uninitialised register is dead (r0 is the constant 0)
; type: xdp

  r0 = 0
  if r0 == 1 goto dead
  exit
dead:
  r0 = r5
  exit
