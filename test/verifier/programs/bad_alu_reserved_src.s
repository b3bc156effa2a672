; about: an immediate add with a source register set (raw bytes: r0 += 1, src r1)
; type: xdp

  r0 = 0
  .insn 0x07, 0, 1, 0, 1
  exit
