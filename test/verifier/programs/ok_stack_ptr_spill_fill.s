; about: a stack pointer spilled and filled is still a stack pointer
; type: xdp

  r2 = r10
  r2 += -16
  *(u64 *)(r10 - 8) = r2
  r3 = *(u64 *)(r10 - 8)
  *(u64 *)(r3 + 0) = 1
  r0 = *(u64 *)(r10 - 16)
  exit
