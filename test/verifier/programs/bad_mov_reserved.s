; about: a register move with a non-zero immediate (raw bytes)
; type: xdp

  r1 = 0
  .insn 0xbf, 0, 1, 0, 5
  exit
