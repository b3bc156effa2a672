; about: a long jump (gotol) past the end
; type: xdp

  r0 = 0
  gotol +100
  exit
