; about: even a constant subtracted from a stack pointer is refused (compilers write r2 += -8 instead)
; type: xdp

  r2 = r10
  r2 -= 8
  *(u64 *)(r2 + 0) = 1
  r0 = *(u64 *)(r10 - 8)
  exit
