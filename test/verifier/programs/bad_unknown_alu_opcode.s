; about: ALU64 operation 0xe (no such operation; raw bytes 0xe7)
; type: xdp

  r0 = 1
  .insn 0xe7, 0, 0, 0, 1
  exit
