; about: a 4-byte fill of a scalar spilled in 4 bytes keeps the spill's 32-bit bounds (coerce_reg_to_size leaves them for a 4-byte load), so the fill is never 0; a write at a variable offset into the slot's other half makes the whole slot data (scrub_special_slot), so the next fill is unknown
; type: xdp
  r0 = 0
  r2 = *(u32 *)(r1 + 0)
  r3 = *(u32 *)(r1 + 4)
  r4 = r2
  r4 += 2
  if r4 > r3 goto out
  r5 = *(u8 *)(r2 + 0)
  r5 &= 3
  if r5 == 0 goto out
  r7 = *(u8 *)(r2 + 1)
  r7 <<= 32
  r5 += r7
  *(u32 *)(r10 - 8) = r5
  r6 = *(u32 *)(r10 - 8)
  r0 = 1
  if r6 != 0 goto next
  r0 = 2
next:
  r9 = r5
  r9 &= 1
  r8 = r10
  r8 += -4
  r8 += r9
  *(u8 *)(r8 + 0) = r0
  r6 = *(u32 *)(r10 - 8)
  if r6 != 0 goto out
  r0 = 3
out:
  exit
