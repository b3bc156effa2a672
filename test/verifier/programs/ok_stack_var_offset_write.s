; about: a bounded variable-offset write into the stack, then a fixed read of the whole range
; type: xdp

  *(u64 *)(r10 - 16) = 0
  *(u64 *)(r10 - 8) = 0
  r2 = *(u32 *)(r1 + 16)
  r2 &= 7
  r3 = r10
  r3 += -16
  r3 += r2
  *(u8 *)(r3 + 0) = 1
  r0 = *(u64 *)(r10 - 16)
  exit
