; about: a 4-byte ctx read at offset 2
; type: xdp

  r0 = *(u32 *)(r1 + 2)
  exit
