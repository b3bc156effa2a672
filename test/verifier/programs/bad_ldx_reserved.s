; about: a load with a non-zero immediate (raw bytes)
; type: xdp

  .insn 0x61, 0, 1, 0, 7
  exit
