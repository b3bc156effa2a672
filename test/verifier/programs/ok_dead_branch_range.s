; about: a masked value can never exceed 15, so the branch that would divide by zero is dead
; type: xdp

  r2 = *(u32 *)(r1 + 16)
  r2 &= 15
  if r2 > 15 goto dead
  r0 = 0
  exit
dead:
  r0 = 1
  r0 /= 0
  exit
