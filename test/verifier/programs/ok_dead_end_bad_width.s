; about: a byte swap to 24 bits (a reserved width) in dead code: the program loads
; type: socket_filter

  r0 = 1
  if r0 > 0 goto +1
  .insn 0xd4, 0, 0, 0, 24
  exit
