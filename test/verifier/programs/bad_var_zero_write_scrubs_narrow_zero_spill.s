; about: a zero written at a variable offset keeps the bytes of a spilled 0 it reaches, but a byte of its slot that is not the spill (the zeroed upper half of a 4-byte spill of 0) makes the whole slot data (scrub_special_slot), the zeroed bytes included, and no zero is used (no precision mark); the fill is then unknown and the stack access it indexes is out of bounds
; type: socket_filter
  r2 = *(u32 *)(r1 + 0)
  r2 &= 2
  r4 = 0
  *(u32 *)(r10 - 4) = 0
  *(u32 *)(r10 - 8) = r4
  r3 = r10
  r3 += -4
  r3 += r2
  *(u16 *)(r3 + 0) = r4
  r5 = *(u32 *)(r10 - 8)
  r6 = r10
  r6 += -8
  r6 += r5
  r0 = *(u8 *)(r6 + 0)
  r0 = 0
  exit
