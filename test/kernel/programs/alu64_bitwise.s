; about: ALU64 or, and, xor with imm (sign-extended) and reg
; type: xdp
; packet: 020000000002 020000000001 0800 4500002e000100004011f96ac0a80001c0a80002 30390035001a8629 68656c6c6f2c20627066706c617921210001
; map: out:array:4:64:1

  r9 = map_value[out] + 0 ll
  r8 = 0
; 0x123456789abcdef0 | imm 15
  r1 = 0x123456789abcdef0 ll
  r1 |= 15
  *(u64 *)(r9 + 0) = r1
  r8 ^= r1
; 0x0 | imm -16
  r1 = 0x0 ll
  r1 |= -16
  *(u64 *)(r9 + 8) = r1
  r8 ^= r1
; 0x123456789abcdef0 & imm 16711935
  r1 = 0x123456789abcdef0 ll
  r1 &= 16711935
  *(u64 *)(r9 + 16) = r1
  r8 ^= r1
; 0x123456789abcdef0 & imm -256
  r1 = 0x123456789abcdef0 ll
  r1 &= -256
  *(u64 *)(r9 + 24) = r1
  r8 ^= r1
; 0x123456789abcdef0 ^ imm -1
  r1 = 0x123456789abcdef0 ll
  r1 ^= -1
  *(u64 *)(r9 + 32) = r1
  r8 ^= r1
; 0xf0f0 | 0xf0f00000000
  r1 = 0xf0f0 ll
  r2 = 0xf0f00000000 ll
  r1 |= r2
  *(u64 *)(r9 + 40) = r1
  r8 ^= r1
; 0x123456789abcdef0 & 0xffffffff00000000
  r1 = 0x123456789abcdef0 ll
  r2 = 0xffffffff00000000 ll
  r1 &= r2
  *(u64 *)(r9 + 48) = r1
  r8 ^= r1
; 0x123456789abcdef0 ^ 0x123456789abcdef
  r1 = 0x123456789abcdef0 ll
  r2 = 0x123456789abcdef ll
  r1 ^= r2
  *(u64 *)(r9 + 56) = r1
  r8 ^= r1
; r0 = the low and high halves of every result, folded
  r0 = r8
  r8 >>= 32
  r0 ^= r8
  exit
