; about: code after an exit that nothing jumps to
; type: xdp

  r0 = 0
  exit
  r0 = 1
  exit
