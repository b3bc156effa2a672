; about: a helper call with an offset (raw bytes)
; type: xdp

  .insn 0x85, 0, 0, 1, 5
  r0 = 0
  exit
