; about: ALU32 lsh, rsh, arsh by imm and register; a register amount is taken mod 32
; type: xdp
; packet: 020000000002 020000000001 0800 4500002e000100004011f96ac0a80001c0a80002 30390035001a8629 68656c6c6f2c20627066706c617921210001
; map: out:array:4:72:1

  r9 = map_value[out] + 0 ll
  r8 = 0
; 0xffffffff00000001 << imm 31 (w)
  r1 = 0xffffffff00000001 ll
  w1 <<= 31
  *(u64 *)(r9 + 0) = r1
  r8 ^= r1
; 0x80000000 >> imm 31 (w)
  r1 = 0x80000000 ll
  w1 >>= 31
  *(u64 *)(r9 + 8) = r1
  r8 ^= r1
; 0x80000000 s>> imm 31 (w)
  r1 = 0x80000000 ll
  w1 s>>= 31
  *(u64 *)(r9 + 16) = r1
  r8 ^= r1
; 0xffffffff7fffffff s>> imm 4 (w)
  r1 = 0xffffffff7fffffff ll
  w1 s>>= 4
  *(u64 *)(r9 + 24) = r1
  r8 ^= r1
; 0x12345678 << 0x20 (w)
  r1 = 0x12345678 ll
  r2 = 0x20 ll
  w1 <<= w2
  *(u64 *)(r9 + 32) = r1
  r8 ^= r1
; 0x12345678 << 0x24 (w)
  r1 = 0x12345678 ll
  r2 = 0x24 ll
  w1 <<= w2
  *(u64 *)(r9 + 40) = r1
  r8 ^= r1
; 0x87654321 >> 0x21 (w)
  r1 = 0x87654321 ll
  r2 = 0x21 ll
  w1 >>= w2
  *(u64 *)(r9 + 48) = r1
  r8 ^= r1
; 0x87654321 s>> 0x23 (w)
  r1 = 0x87654321 ll
  r2 = 0x23 ll
  w1 s>>= w2
  *(u64 *)(r9 + 56) = r1
  r8 ^= r1
; 0x87654321 s>> 0x100000004 (w)
  r1 = 0x87654321 ll
  r2 = 0x100000004 ll
  w1 s>>= w2
  *(u64 *)(r9 + 64) = r1
  r8 ^= r1
; r0 = the low and high halves of every result, folded
  r0 = r8
  r8 >>= 32
  r0 ^= r8
  exit
