; about: neg and mov in both classes: mov32 zero-extends, mov64 imm sign-extends
; type: xdp
; packet: 020000000002 020000000001 0800 4500002e000100004011f96ac0a80001c0a80002 30390035001a8629 68656c6c6f2c20627066706c617921210001
; map: out:array:4:72:1

  r9 = map_value[out] + 0 ll
  r8 = 0
; -(5) 64
  r1 = 0x5 ll
  r1 = -r1
  *(u64 *)(r9 + 0) = r1
  r8 ^= r1
; -(INT64_MIN) 64
  r1 = 0x8000000000000000 ll
  r1 = -r1
  *(u64 *)(r9 + 8) = r1
  r8 ^= r1
; -(5) 32 with high bits
  r1 = 0xffff000000000005 ll
  w1 = -w1
  *(u64 *)(r9 + 16) = r1
  r8 ^= r1
; -(INT32_MIN) 32
  r1 = 0x80000000 ll
  w1 = -w1
  *(u64 *)(r9 + 24) = r1
  r8 ^= r1
; r1 = -1 (imm sign-extends)
  r1 = -1
  *(u64 *)(r9 + 32) = r1
  r8 ^= r1
; w1 = -1 (zero-extends)
  r1 = 0x123456789abcdef0 ll
  w1 = -1
  *(u64 *)(r9 + 40) = r1
  r8 ^= r1
; r1 = r2
  r2 = 0x123456789abcdef0 ll
  r1 = r2
  *(u64 *)(r9 + 48) = r1
  r8 ^= r1
; w1 = w2
  r2 = 0x123456789abcdef0 ll
  r1 = 0xffffffffffffffff ll
  w1 = w2
  *(u64 *)(r9 + 56) = r1
  r8 ^= r1
; r1 = 0x80000000 via mov imm is sign-extended
  r1 = -2147483648
  *(u64 *)(r9 + 64) = r1
  r8 ^= r1
; r0 = the low and high halves of every result, folded
  r0 = r8
  r8 >>= 32
  r0 ^= r8
  exit
