; about: an add with an offset (a reserved field) on the path a branch on an unknown value takes: refused when the walk gets there
; type: socket_filter

  call 5
  if r0 == 0 goto +2
  r0 = 0
  exit
  .insn 0x07, 0, 0, 4, 1
  exit
