; about: a read at a variable offset gives 0 where every byte it may reach is a zero stored as data (STACK_ZERO, mark_reg_stack_read): fp-15 and fp-14 written as u8 zeros, fp-6..fp-3 as u16 zeros; the 0 read is then a stack offset. A zero stored at the start of a slot is a spill of 0, not zeroed bytes: the read reaching fp-16 is unknown
; type: socket_filter
  r2 = *(u32 *)(r1 + 0)
  r2 &= 1
  *(u8 *)(r10 - 15) = 0
  *(u8 *)(r10 - 14) = 0
  *(u16 *)(r10 - 6) = 0
  *(u16 *)(r10 - 4) = 0
  *(u8 *)(r10 - 16) = 0
  r3 = r10
  r3 += -15
  r3 += r2
  r5 = *(u8 *)(r3 + 0)
  r4 = r10
  r4 += -8
  r4 += r5
  r0 = *(u8 *)(r4 + 0)
  r2 <<= 1
  r3 = r10
  r3 += -6
  r3 += r2
  r6 = *(u16 *)(r3 + 0)
  r4 = r10
  r4 += -8
  r4 += r6
  r0 = *(u8 *)(r4 + 0)
  r3 = r10
  r3 += -16
  r3 += r2
  r7 = *(u8 *)(r3 + 0)
  r0 = 0
  exit
