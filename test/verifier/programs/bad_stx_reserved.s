; about: a register store with a non-zero immediate (raw bytes)
; type: xdp

  r2 = 0
  .insn 0x7b, 10, 2, -8, 1
  r0 = 0
  exit
