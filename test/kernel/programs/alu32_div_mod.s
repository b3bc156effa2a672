; about: ALU32 unsigned div and mod; / 0 is 0, % 0 keeps dst's low half (zero-extended)
; type: xdp
; packet: 020000000002 020000000001 0800 4500002e000100004011f96ac0a80001c0a80002 30390035001a8629 68656c6c6f2c20627066706c617921210001
; map: out:array:4:72:1

  r9 = map_value[out] + 0 ll
  r8 = 0
; 0x64 / imm 7 (w)
  r1 = 0x64 ll
  w1 /= 7
  *(u64 *)(r9 + 0) = r1
  r8 ^= r1
; 0xffffffff / imm -1 (w)
  r1 = 0xffffffff ll
  w1 /= -1
  *(u64 *)(r9 + 8) = r1
  r8 ^= r1
; 0x1234567800000064 / imm 10 (w)
  r1 = 0x1234567800000064 ll
  w1 /= 10
  *(u64 *)(r9 + 16) = r1
  r8 ^= r1
; 0x64 % imm 7 (w)
  r1 = 0x64 ll
  w1 %= 7
  *(u64 *)(r9 + 24) = r1
  r8 ^= r1
; 0xffffffff % imm -2 (w)
  r1 = 0xffffffff ll
  w1 %= -2
  *(u64 *)(r9 + 32) = r1
  r8 ^= r1
; 0xabcdef0012345678 / 0x0 (w)
  r1 = 0xabcdef0012345678 ll
  r2 = 0x0 ll
  w1 /= w2
  *(u64 *)(r9 + 40) = r1
  r8 ^= r1
; 0xabcdef0012345678 % 0x0 (w)
  r1 = 0xabcdef0012345678 ll
  r2 = 0x0 ll
  w1 %= w2
  *(u64 *)(r9 + 48) = r1
  r8 ^= r1
; 0x80000000 / 0x1ffffffff (w)
  r1 = 0x80000000 ll
  r2 = 0x1ffffffff ll
  w1 /= w2
  *(u64 *)(r9 + 56) = r1
  r8 ^= r1
; 0x12345678 % 0x100 (w)
  r1 = 0x12345678 ll
  r2 = 0x100 ll
  w1 %= w2
  *(u64 *)(r9 + 64) = r1
  r8 ^= r1
; r0 = the low and high halves of every result, folded
  r0 = r8
  r8 >>= 32
  r0 ^= r8
  exit
