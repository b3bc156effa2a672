; about: bswap16/32/64 (ALU64 class, unconditional), keeping only the swapped width
; type: xdp
; packet: 020000000002 020000000001 0800 4500002e000100004011f96ac0a80001c0a80002 30390035001a8629 68656c6c6f2c20627066706c617921210001
; map: out:array:4:40:1

  r9 = map_value[out] + 0 ll
  r8 = 0
; bswap16
  r1 = 0x123456789abcdef0 ll
  r1 = bswap16 r1
  *(u64 *)(r9 + 0) = r1
  r8 ^= r1
; bswap32
  r1 = 0x123456789abcdef0 ll
  r1 = bswap32 r1
  *(u64 *)(r9 + 8) = r1
  r8 ^= r1
; bswap64
  r1 = 0x123456789abcdef0 ll
  r1 = bswap64 r1
  *(u64 *)(r9 + 16) = r1
  r8 ^= r1
; bswap16 of 0xff00
  r1 = 0xff00 ll
  r1 = bswap16 r1
  *(u64 *)(r9 + 24) = r1
  r8 ^= r1
; bswap64 of 1
  r1 = 0x1 ll
  r1 = bswap64 r1
  *(u64 *)(r9 + 32) = r1
  r8 ^= r1
; r0 = the low and high halves of every result, folded
  r0 = r8
  r8 >>= 32
  r0 ^= r8
  exit
