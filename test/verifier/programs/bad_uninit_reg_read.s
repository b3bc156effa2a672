; about: r2 is never written before it is read
; type: xdp

  r0 = 0
  r0 += r2
  exit
