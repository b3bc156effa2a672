; about: the program falls off its end
; type: xdp

  r0 = 0
  r0 += 1
