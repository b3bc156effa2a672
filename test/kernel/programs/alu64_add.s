; about: ALU64 add, imm (sign-extended) and reg, with wrap-around
; type: xdp
; packet: 020000000002 020000000001 0800 4500002e000100004011f96ac0a80001c0a80002 30390035001a8629 68656c6c6f2c20627066706c617921210001
; map: out:array:4:64:1

  r9 = map_value[out] + 0 ll
  r8 = 0
; 0x5 + imm 7
  r1 = 0x5 ll
  r1 += 7
  *(u64 *)(r9 + 0) = r1
  r8 ^= r1
; 0xffffffffffffffff + imm 1
  r1 = 0xffffffffffffffff ll
  r1 += 1
  *(u64 *)(r9 + 8) = r1
  r8 ^= r1
; 0x7fffffffffffffff + imm 1
  r1 = 0x7fffffffffffffff ll
  r1 += 1
  *(u64 *)(r9 + 16) = r1
  r8 ^= r1
; 0x100000000 + imm -1
  r1 = 0x100000000 ll
  r1 += -1
  *(u64 *)(r9 + 24) = r1
  r8 ^= r1
; 0x0 + imm 2147483647
  r1 = 0x0 ll
  r1 += 2147483647
  *(u64 *)(r9 + 32) = r1
  r8 ^= r1
; 0x0 + imm -2147483648
  r1 = 0x0 ll
  r1 += -2147483648
  *(u64 *)(r9 + 40) = r1
  r8 ^= r1
; 0x123456789 + 0xfedcba987
  r1 = 0x123456789 ll
  r2 = 0xfedcba987 ll
  r1 += r2
  *(u64 *)(r9 + 48) = r1
  r8 ^= r1
; 0xffffffffffffffff + 0xffffffffffffffff
  r1 = 0xffffffffffffffff ll
  r2 = 0xffffffffffffffff ll
  r1 += r2
  *(u64 *)(r9 + 56) = r1
  r8 ^= r1
; r0 = the low and high halves of every result, folded
  r0 = r8
  r8 >>= 32
  r0 ^= r8
  exit
