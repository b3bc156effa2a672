; about: jset ('if r & k') branches
; type: xdp

  r2 = *(u32 *)(r1 + 16)
  r0 = 0
  if r2 & 4 goto set
  exit
set:
  r0 = 1
  exit
