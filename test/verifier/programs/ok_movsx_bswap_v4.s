; about: sign-extending moves and loads, bswap, 32-bit jumps (v4 instructions)
; type: xdp

  r0 = 0xff
  r1 = (s8)r0
  r2 = (s16)r1
  r3 = (s32)r2
  r3 = bswap64 r3
  r3 = bswap16 r3
  *(u64 *)(r10 - 8) = r3
  r4 = *(s8 *)(r10 - 8)
  w0 = w4
  if w0 s> -1 goto out
  r0 = 0
out:
  exit
