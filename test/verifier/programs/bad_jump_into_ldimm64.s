; about: a jump into the second slot of a 64-bit immediate load
; type: xdp

  r0 = *(u32 *)(r1 + 16)
  if r0 == 0 goto +1
  r1 = 0x1234567890 ll
  r0 = 0
  exit
