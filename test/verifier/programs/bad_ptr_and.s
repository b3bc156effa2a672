; about: masking a pointer
; type: xdp

  r2 = r10
  r2 &= 0xff
  r0 = 0
  exit
