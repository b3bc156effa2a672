; about: atomic operation code 0x10 (there is none; raw bytes)
; type: xdp

  *(u64 *)(r10 - 8) = 0
  r1 = 1
  .insn 0xdb, 10, 1, -8, 0x10
  r0 = 0
  exit
