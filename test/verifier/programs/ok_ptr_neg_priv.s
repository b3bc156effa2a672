; about: negating a pointer turns it into an unknown scalar for a privileged loader (no pointer-leak check)
; type: xdp

  r2 = r10
  r2 = -r2
  r0 = 0
  exit
