; about: r10 + 0 is just above the stack
; type: xdp

  *(u64 *)(r10 + 0) = 0
  r0 = 0
  exit
