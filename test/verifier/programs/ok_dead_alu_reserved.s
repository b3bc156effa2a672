; about: an add with an offset (a reserved field) where no path goes: the kernel checks the fields when its walk gets there, so it loads
; type: socket_filter

  r0 = 0
  if r0 == 0 goto +1
  .insn 0x07, 0, 0, 1, 1
  exit
