; about: ALU64 arithmetic right shift by imm and register (amount mod 64)
; type: xdp
; packet: 020000000002 020000000001 0800 4500002e000100004011f96ac0a80001c0a80002 30390035001a8629 68656c6c6f2c20627066706c617921210001
; map: out:array:4:64:1

  r9 = map_value[out] + 0 ll
  r8 = 0
; 0x8000000000000000 s>> imm 63
  r1 = 0x8000000000000000 ll
  r1 s>>= 63
  *(u64 *)(r9 + 0) = r1
  r8 ^= r1
; 0x8000000000000000 s>> imm 4
  r1 = 0x8000000000000000 ll
  r1 s>>= 4
  *(u64 *)(r9 + 8) = r1
  r8 ^= r1
; 0x123456789abcdef0 s>> imm 4
  r1 = 0x123456789abcdef0 ll
  r1 s>>= 4
  *(u64 *)(r9 + 16) = r1
  r8 ^= r1
; 0xfffffffffffffffe s>> imm 1
  r1 = 0xfffffffffffffffe ll
  r1 s>>= 1
  *(u64 *)(r9 + 24) = r1
  r8 ^= r1
; 0x8000000000000000 s>> 0x1
  r1 = 0x8000000000000000 ll
  r2 = 0x1 ll
  r1 s>>= r2
  *(u64 *)(r9 + 32) = r1
  r8 ^= r1
; 0x8000000000000000 s>> 0x40
  r1 = 0x8000000000000000 ll
  r2 = 0x40 ll
  r1 s>>= r2
  *(u64 *)(r9 + 40) = r1
  r8 ^= r1
; 0xf000000000000000 s>> 0x42
  r1 = 0xf000000000000000 ll
  r2 = 0x42 ll
  r1 s>>= r2
  *(u64 *)(r9 + 48) = r1
  r8 ^= r1
; 0x7fffffffffffffff s>> 0x3e
  r1 = 0x7fffffffffffffff ll
  r2 = 0x3e ll
  r1 s>>= r2
  *(u64 *)(r9 + 56) = r1
  r8 ^= r1
; r0 = the low and high halves of every result, folded
  r0 = r8
  r8 >>= 32
  r0 ^= r8
  exit
