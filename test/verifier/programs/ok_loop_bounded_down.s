; about: a loop counting down from 100
; type: xdp

  r0 = 0
  r1 = 100
loop:
  r0 += 2
  r1 += -1
  if r1 != 0 goto loop
  exit
