; about: ALU32 add and sub: wrap at 32 bits, the upper half of dst is zeroed
; type: xdp
; packet: 020000000002 020000000001 0800 4500002e000100004011f96ac0a80001c0a80002 30390035001a8629 68656c6c6f2c20627066706c617921210001
; map: out:array:4:64:1

  r9 = map_value[out] + 0 ll
  r8 = 0
; 0xffffffff00000005 + imm 7 (w)
  r1 = 0xffffffff00000005 ll
  w1 += 7
  *(u64 *)(r9 + 0) = r1
  r8 ^= r1
; 0xffffffff + imm 1 (w)
  r1 = 0xffffffff ll
  w1 += 1
  *(u64 *)(r9 + 8) = r1
  r8 ^= r1
; 0x7fffffff + imm 1 (w)
  r1 = 0x7fffffff ll
  w1 += 1
  *(u64 *)(r9 + 16) = r1
  r8 ^= r1
; 0x0 - imm 1 (w)
  r1 = 0x0 ll
  w1 -= 1
  *(u64 *)(r9 + 24) = r1
  r8 ^= r1
; 0x1234567800000000 - imm -5 (w)
  r1 = 0x1234567800000000 ll
  w1 -= -5
  *(u64 *)(r9 + 32) = r1
  r8 ^= r1
; 0xaaaaaaaa88888888 + 0x5555555588888888 (w)
  r1 = 0xaaaaaaaa88888888 ll
  r2 = 0x5555555588888888 ll
  w1 += w2
  *(u64 *)(r9 + 40) = r1
  r8 ^= r1
; 0x100000000 - 0x1 (w)
  r1 = 0x100000000 ll
  r2 = 0x1 ll
  w1 -= w2
  *(u64 *)(r9 + 48) = r1
  r8 ^= r1
; 0x1 - 0xffffffff00000002 (w)
  r1 = 0x1 ll
  r2 = 0xffffffff00000002 ll
  w1 -= w2
  *(u64 *)(r9 + 56) = r1
  r8 ^= r1
; r0 = the low and high halves of every result, folded
  r0 = r8
  r8 >>= 32
  r0 ^= r8
  exit
