; about: comparing an uninitialised register
; type: xdp

  r0 = 0
  if r4 > 0 goto out
  r0 = 1
out:
  exit
