; about: may_goto with a source register (raw bytes)
; type: xdp

  r0 = 0
  .insn 0xe5, 0, 1, 0, 0
  exit
