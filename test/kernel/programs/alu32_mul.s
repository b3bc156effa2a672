; about: ALU32 mul: low 32 bits of the product, zero-extended
; type: xdp
; packet: 020000000002 020000000001 0800 4500002e000100004011f96ac0a80001c0a80002 30390035001a8629 68656c6c6f2c20627066706c617921210001
; map: out:array:4:48:1

  r9 = map_value[out] + 0 ll
  r8 = 0
; 0x10000 * imm 65536 (w)
  r1 = 0x10000 ll
  w1 *= 65536
  *(u64 *)(r9 + 0) = r1
  r8 ^= r1
; 0xffffffff * imm -1 (w)
  r1 = 0xffffffff ll
  w1 *= -1
  *(u64 *)(r9 + 8) = r1
  r8 ^= r1
; 0x1234567890 * imm 3 (w)
  r1 = 0x1234567890 ll
  w1 *= 3
  *(u64 *)(r9 + 16) = r1
  r8 ^= r1
; 0xdeadbeef * 0xcafebabe (w)
  r1 = 0xdeadbeef ll
  r2 = 0xcafebabe ll
  w1 *= w2
  *(u64 *)(r9 + 24) = r1
  r8 ^= r1
; 0x1ffffffff * 0x2 (w)
  r1 = 0x1ffffffff ll
  r2 = 0x2 ll
  w1 *= w2
  *(u64 *)(r9 + 32) = r1
  r8 ^= r1
; 0x80000000 * 0x80000000 (w)
  r1 = 0x80000000 ll
  r2 = 0x80000000 ll
  w1 *= w2
  *(u64 *)(r9 + 40) = r1
  r8 ^= r1
; r0 = the low and high halves of every result, folded
  r0 = r8
  r8 >>= 32
  r0 ^= r8
  exit
