; about: a long jump over an instruction another path reaches
; type: xdp

  r0 = 1
  r2 = *(u32 *)(r1 + 16)
  if r2 == 0 goto set
  gotol +1
set:
  r0 = 2
  exit
