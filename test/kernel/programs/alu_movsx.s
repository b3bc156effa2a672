; about: movsx: sign-extending moves from 8, 16, 32 bits (ALU64) and 8, 16 bits (ALU32)
; type: xdp
; packet: 020000000002 020000000001 0800 4500002e000100004011f96ac0a80001c0a80002 30390035001a8629 68656c6c6f2c20627066706c617921210001
; map: out:array:4:64:1

  r9 = map_value[out] + 0 ll
  r8 = 0
; (s8) 0x80
  r2 = 0x1234567890abcd80 ll
  r1 = (s8)r2
  *(u64 *)(r9 + 0) = r1
  r8 ^= r1
; (s8) 0x7f
  r2 = 0xff7f ll
  r1 = (s8)r2
  *(u64 *)(r9 + 8) = r1
  r8 ^= r1
; (s16) 0x8001
  r2 = 0x12348001 ll
  r1 = (s16)r2
  *(u64 *)(r9 + 16) = r1
  r8 ^= r1
; (s32) 0x80000000
  r2 = 0x1280000000 ll
  r1 = (s32)r2
  *(u64 *)(r9 + 24) = r1
  r8 ^= r1
; (s32) 0x7fffffff
  r2 = 0xff7fffffff ll
  r1 = (s32)r2
  *(u64 *)(r9 + 32) = r1
  r8 ^= r1
; w (s8) 0xff
  r1 = 0xffffffffffffffff ll
  r2 = 0xabff ll
  w1 = (s8)w2
  *(u64 *)(r9 + 40) = r1
  r8 ^= r1
; w (s16) 0x8000
  r1 = 0xffffffffffffffff ll
  r2 = 0x18000 ll
  w1 = (s16)w2
  *(u64 *)(r9 + 48) = r1
  r8 ^= r1
; w (s16) 0x7fff
  r2 = 0xffff7fff ll
  w1 = (s16)w2
  *(u64 *)(r9 + 56) = r1
  r8 ^= r1
; r0 = the low and high halves of every result, folded
  r0 = r8
  r8 >>= 32
  r0 ^= r8
  exit
