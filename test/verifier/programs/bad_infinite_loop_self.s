; about: a jump to itself
; type: xdp

  r0 = 0
loop:
  goto loop
