; about: a sign-extending move of a value already within the narrow signed type changes nothing ((s32) and (s16) of [-100, 155]: Linux 6.18's coerce_reg_to_size_sx); a range whose bits above the narrow type are one value maps to the sign-extended range ((s8) of [-250, -187] is [6, 69]); a value whose sign bit is clear is a copy, linked to its source by a fresh id (r5 = (s8)r4 with r4 in [0, 7], 64- and 32-bit), so a branch on the copy narrows the source
; type: socket_filter
  r2 = *(u32 *)(r1 + 0)
  r2 &= 0xff
  r3 = r2
  r3 += -100
  r6 = (s32)r3
  r6 += 100
  r7 = r10
  r7 += -400
  r7 += r6
  r0 = *(u8 *)(r7 + 0)
  r8 = (s16)r3
  r3 = r2
  r3 &= 0x3f
  r3 += -250
  r9 = (s8)r3
  r4 = *(u32 *)(r1 + 4)
  r4 &= 7
  r5 = (s8)r4
  w3 = *(u32 *)(r1 + 8)
  w3 &= 0xff
  w6 = (s16)w3
  if r5 > 3 goto out
  if w6 > 9 goto out
  r0 = r4
  r0 += r3
out:
  r0 = 0
  exit
