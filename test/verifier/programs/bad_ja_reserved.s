; about: goto with a non-zero immediate (raw bytes)
; type: xdp

  r0 = 0
  .insn 0x05, 0, 0, 0, 1
  exit
