; about: a loop bounded by a signed 32-bit comparison
; type: xdp

  w0 = 0
  w1 = -5
loop:
  w0 += 1
  w1 += 1
  if w1 s< 5 goto loop
  exit
