; about: an out-of-bounds read on a branch the constant comparison rules out
; type: xdp

  r2 = 5
  if r2 > 10 goto dead
  r0 = 0
  exit
dead:
  r0 = *(u64 *)(r10 + 8)
  exit
