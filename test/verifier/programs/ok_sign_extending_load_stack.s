; about: sign-extending loads from the stack
; type: xdp

  *(u64 *)(r10 - 8) = -1
  r0 = *(s8 *)(r10 - 8)
  r1 = *(s16 *)(r10 - 6)
  r2 = *(s32 *)(r10 - 4)
  r0 += r1
  r0 += r2
  exit
