; about: a loop whose state never changes
; type: xdp

  r0 = 0
  r1 = 0
loop:
  r1 = 0
  if r0 == 0 goto loop
  exit
