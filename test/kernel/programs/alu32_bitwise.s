; about: ALU32 or, and, xor: 32-bit results, zero-extended
; type: xdp
; packet: 020000000002 020000000001 0800 4500002e000100004011f96ac0a80001c0a80002 30390035001a8629 68656c6c6f2c20627066706c617921210001
; map: out:array:4:48:1

  r9 = map_value[out] + 0 ll
  r8 = 0
; 0xffffffff00000000 | imm 15 (w)
  r1 = 0xffffffff00000000 ll
  w1 |= 15
  *(u64 *)(r9 + 0) = r1
  r8 ^= r1
; 0xffffffffffffffff & imm -256 (w)
  r1 = 0xffffffffffffffff ll
  w1 &= -256
  *(u64 *)(r9 + 8) = r1
  r8 ^= r1
; 0x123456789abcdef0 ^ imm -1 (w)
  r1 = 0x123456789abcdef0 ll
  w1 ^= -1
  *(u64 *)(r9 + 16) = r1
  r8 ^= r1
; 0xff000000ff | 0xff00 (w)
  r1 = 0xff000000ff ll
  r2 = 0xff00 ll
  w1 |= w2
  *(u64 *)(r9 + 24) = r1
  r8 ^= r1
; 0x123456789abcdef0 & 0xffff0000ffff0000 (w)
  r1 = 0x123456789abcdef0 ll
  r2 = 0xffff0000ffff0000 ll
  w1 &= w2
  *(u64 *)(r9 + 32) = r1
  r8 ^= r1
; 0x123456789abcdef0 ^ 0xffffffffffffffff (w)
  r1 = 0x123456789abcdef0 ll
  r2 = 0xffffffffffffffff ll
  w1 ^= w2
  *(u64 *)(r9 + 40) = r1
  r8 ^= r1
; r0 = the low and high halves of every result, folded
  r0 = r8
  r8 >>= 32
  r0 ^= r8
  exit
