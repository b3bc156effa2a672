; about: ALU32 signed div and mod; INT32_MIN / -1 is INT32_MIN, % -1 is 0; / 0 is 0, % 0 keeps dst (low half)
; type: xdp
; packet: 020000000002 020000000001 0800 4500002e000100004011f96ac0a80001c0a80002 30390035001a8629 68656c6c6f2c20627066706c617921210001
; map: out:array:4:72:1

  r9 = map_value[out] + 0 ll
  r8 = 0
; 0xfffffff9 s/ imm 2 (w)
  r1 = 0xfffffff9 ll
  w1 s/= 2
  *(u64 *)(r9 + 0) = r1
  r8 ^= r1
; 0x80000000 s/ imm -1 (w)
  r1 = 0x80000000 ll
  w1 s/= -1
  *(u64 *)(r9 + 8) = r1
  r8 ^= r1
; 0xfffffff9 s% imm 2 (w)
  r1 = 0xfffffff9 ll
  w1 s%= 2
  *(u64 *)(r9 + 16) = r1
  r8 ^= r1
; 0x80000000 s% imm -1 (w)
  r1 = 0x80000000 ll
  w1 s%= -1
  *(u64 *)(r9 + 24) = r1
  r8 ^= r1
; 0xffffff9c s/ 0x7 (w)
  r1 = 0xffffff9c ll
  r2 = 0x7 ll
  w1 s/= w2
  *(u64 *)(r9 + 32) = r1
  r8 ^= r1
; 0xffffff9c s% 0x7 (w)
  r1 = 0xffffff9c ll
  r2 = 0x7 ll
  w1 s%= w2
  *(u64 *)(r9 + 40) = r1
  r8 ^= r1
; 0x1234567800000010 s/ 0x0 (w)
  r1 = 0x1234567800000010 ll
  r2 = 0x0 ll
  w1 s/= w2
  *(u64 *)(r9 + 48) = r1
  r8 ^= r1
; 0x12345678fffffff0 s% 0x0 (w)
  r1 = 0x12345678fffffff0 ll
  r2 = 0x0 ll
  w1 s%= w2
  *(u64 *)(r9 + 56) = r1
  r8 ^= r1
; 0x80000000 s/ 0xffffffff (w)
  r1 = 0x80000000 ll
  r2 = 0xffffffff ll
  w1 s/= w2
  *(u64 *)(r9 + 64) = r1
  r8 ^= r1
; r0 = the low and high halves of every result, folded
  r0 = r8
  r8 >>= 32
  r0 ^= r8
  exit
