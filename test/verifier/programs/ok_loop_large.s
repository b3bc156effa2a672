; about: 50,000 iterations: about 150,000 processed instructions, under the limit
; type: xdp

  r0 = 0
loop:
  r0 += 1
  if r0 < 50000 goto loop
  r0 = 0
  exit
