; about: a sign-extending fill of a spilled scalar already within the narrow signed type changes nothing (Linux 6.18's coerce_reg_to_size_sx): (s32) of [-100, 155] stays [-100, 155], so the stack offset below is bounded; (s16) of [0, 255] keeps its link to the spill (a branch on the fill narrows the slot), (s8) of [0, 255] becomes [-128, 127] and unlinked
; type: socket_filter
  r2 = *(u32 *)(r1 + 0)
  r2 &= 0xff
  r6 = r2
  r2 += -100
  *(u64 *)(r10 - 8) = r2
  *(u64 *)(r10 - 16) = r6
  r3 = *(s32 *)(r10 - 8)
  r3 += 100
  r4 = r10
  r4 += -400
  r4 += r3
  r0 = *(u8 *)(r4 + 0)
  r7 = *(s16 *)(r10 - 16)
  r8 = *(s8 *)(r10 - 16)
  r9 = *(s16 *)(r10 - 8)
  if r7 > 9 goto out
  r0 = *(u64 *)(r10 - 16)
out:
  r0 = 0
  exit
