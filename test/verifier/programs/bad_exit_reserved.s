; about: exit with a destination register (raw bytes)
; type: xdp

  r0 = 0
  .insn 0x95, 1, 0, 0, 0
