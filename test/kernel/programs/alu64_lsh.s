; about: ALU64 left shift by imm and by register; a register amount is taken mod 64
; type: xdp
; packet: 020000000002 020000000001 0800 4500002e000100004011f96ac0a80001c0a80002 30390035001a8629 68656c6c6f2c20627066706c617921210001
; map: out:array:4:64:1

  r9 = map_value[out] + 0 ll
  r8 = 0
; 0x1 << imm 63
  r1 = 0x1 ll
  r1 <<= 63
  *(u64 *)(r9 + 0) = r1
  r8 ^= r1
; 0x123456789abcdef0 << imm 4
  r1 = 0x123456789abcdef0 ll
  r1 <<= 4
  *(u64 *)(r9 + 8) = r1
  r8 ^= r1
; 0x123456789abcdef0 << imm 0
  r1 = 0x123456789abcdef0 ll
  r1 <<= 0
  *(u64 *)(r9 + 16) = r1
  r8 ^= r1
; 0xffffffff << imm 32
  r1 = 0xffffffff ll
  r1 <<= 32
  *(u64 *)(r9 + 24) = r1
  r8 ^= r1
; 0x123456789abcdef0 << 0x8
  r1 = 0x123456789abcdef0 ll
  r2 = 0x8 ll
  r1 <<= r2
  *(u64 *)(r9 + 32) = r1
  r8 ^= r1
; 0x123456789abcdef0 << 0x40
  r1 = 0x123456789abcdef0 ll
  r2 = 0x40 ll
  r1 <<= r2
  *(u64 *)(r9 + 40) = r1
  r8 ^= r1
; 0x123456789abcdef0 << 0x41
  r1 = 0x123456789abcdef0 ll
  r2 = 0x41 ll
  r1 <<= r2
  *(u64 *)(r9 + 48) = r1
  r8 ^= r1
; 0x3 << 0x100000003
  r1 = 0x3 ll
  r2 = 0x100000003 ll
  r1 <<= r2
  *(u64 *)(r9 + 56) = r1
  r8 ^= r1
; r0 = the low and high halves of every result, folded
  r0 = r8
  r8 >>= 32
  r0 ^= r8
  exit
