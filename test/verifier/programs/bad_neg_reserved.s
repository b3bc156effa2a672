; about: a negation with a non-zero immediate (raw bytes)
; type: xdp

  r0 = 1
  .insn 0x87, 0, 0, 0, 3
  exit
