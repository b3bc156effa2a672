; about: the first half of a 64-bit immediate load as the last slot: the subprogram check sees a last insn that is not an exit first
; type: xdp

  r0 = 0
  exit
  .insn 0x18, 1, 0, 0, 5
