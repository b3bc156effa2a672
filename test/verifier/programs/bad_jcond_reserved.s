; about: a conditional jump on an immediate with a source register set (raw bytes)
; type: xdp

  r0 = 0
  .insn 0x15, 0, 1, 0, 0
  exit
