; about: an immediate store with a source register (raw bytes)
; type: xdp

  .insn 0x7a, 10, 1, -8, 1
  r0 = 0
  exit
