; about: an add with a non-zero offset field (raw bytes: r0 += 1, off 1)
; type: xdp

  r0 = 0
  .insn 0x07, 0, 0, 1, 1
  exit
