; about: r0 is written on both branches before exit
; type: xdp

  r2 = *(u32 *)(r1 + 16)
  if r2 == 0 goto zero
  r0 = 1
  exit
zero:
  r0 = 2
  exit
