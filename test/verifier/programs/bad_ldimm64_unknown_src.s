; about: a 64-bit immediate load with pseudo source 7 (there is none; raw bytes)
; type: xdp

  .insn 0x18, 1, 7, 0, 0
  .insn 0x00, 0, 0, 0, 0
  r0 = 0
  exit
