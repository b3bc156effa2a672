; about: the main program's last instruction falls through into the next subprogram
; type: xdp

  r0 = 0
  call f
  r0 = 1
f:
  r0 = 2
  exit
