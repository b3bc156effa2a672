; about: a variable stack offset that is not a multiple of the access size
; type: xdp

  *(u64 *)(r10 - 8) = 0
  *(u64 *)(r10 - 16) = 0
  r3 = *(u32 *)(r1 + 16)
  r3 &= 7
  r2 = r10
  r2 += -16
  r2 += r3
  *(u32 *)(r2 + 0) = 1
  r0 = 0
  exit
