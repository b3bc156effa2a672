; about: a bounded loop of 2,000,000 iterations exceeds the 1M processed-instruction limit
; type: xdp

  r0 = 0
loop:
  r0 += 1
  if r0 < 2000000 goto loop
  r0 = 0
  exit
