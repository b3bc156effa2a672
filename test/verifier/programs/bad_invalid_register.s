; about: register number 11 does not exist (mov r11, 0 as raw bytes)
; type: xdp

  .insn 0xb7, 11, 0, 0, 0
  r0 = 0
  exit
