; about: reading the packet without comparing against data_end
; type: xdp

  r2 = *(u32 *)(r1 + 0)
  r0 = *(u8 *)(r2 + 0)
  exit
