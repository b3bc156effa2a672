; about: a 32-bit sign extension keeps the low 32 bits, so their bounds stay and the value is their signed one (Linux 6.18): (s32) of [8, 0xffffffff] is [S32_MIN, S32_MAX] with umin=umin32=8, and of r6|0x10 keeps smin32 as its 64-bit smin; the same for a sign-extending fill of a spill. An 8- or 16-bit one that may change the value is any value of its type
; type: socket_filter
  r6 = *(u32 *)(r1 + 0)
  if r6 < 8 goto out
  r2 = (s32)r6
  *(u64 *)(r10 - 8) = r6
  r3 = *(s32 *)(r10 - 8)
  r7 = r6
  r7 &= 0xff
  if r7 < 8 goto out
  r4 = (s8)r7
  r8 = r6
  r8 &= 0xffff
  if r8 < 300 goto out
  r4 = (s16)r8
  r9 = r6
  r9 |= 0x10
  r5 = (s32)r9
  r0 = (s8)r9
out:
  r0 = 0
  exit
