; about: the stack is 512 bytes; r10 - 520 is below it
; type: xdp

  r1 = 1
  *(u64 *)(r10 - 520) = r1
  r0 = 0
  exit
