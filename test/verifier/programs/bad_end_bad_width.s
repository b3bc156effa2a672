; about: a byte swap with width 24 (raw bytes: le24)
; type: xdp

  r0 = 1
  .insn 0xd4, 0, 0, 0, 24
  exit
