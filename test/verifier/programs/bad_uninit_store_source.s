; about: storing an uninitialised register to the stack
; type: xdp

  *(u64 *)(r10 - 8) = r3
  r0 = 0
  exit
