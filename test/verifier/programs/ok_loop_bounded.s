; about: a loop of 10 iterations
; type: xdp

  r0 = 0
  r1 = 0
loop:
  r0 += r1
  r1 += 1
  if r1 < 10 goto loop
  exit
