; about: a goto with an immediate (a reserved field) on a branch never taken: it still leads to the exit after it, and the program loads
; type: xdp

  r0 = 2
  if r0 != 2 goto +1
  goto +1
  .insn 0x05, 0, 0, 0, 7
  exit
