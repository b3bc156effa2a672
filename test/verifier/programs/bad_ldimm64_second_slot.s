; about: the second slot of a 64-bit immediate load must have opcode 0 (raw bytes)
; type: xdp

  .insn 0x18, 0, 0, 0, 1
  .insn 0x07, 0, 0, 0, 0
  exit
