; about: ALU64 signed mod (off 1): sign of the dividend; INT64_MIN % -1 is 0; % 0 leaves dst
; type: xdp
; packet: 020000000002 020000000001 0800 4500002e000100004011f96ac0a80001c0a80002 30390035001a8629 68656c6c6f2c20627066706c617921210001
; map: out:array:4:64:1

  r9 = map_value[out] + 0 ll
  r8 = 0
; 0xfffffffffffffff9 s% imm 2
  r1 = 0xfffffffffffffff9 ll
  r1 s%= 2
  *(u64 *)(r9 + 0) = r1
  r8 ^= r1
; 0x7 s% imm -2
  r1 = 0x7 ll
  r1 s%= -2
  *(u64 *)(r9 + 8) = r1
  r8 ^= r1
; 0xfffffffffffffff9 s% imm -2
  r1 = 0xfffffffffffffff9 ll
  r1 s%= -2
  *(u64 *)(r9 + 16) = r1
  r8 ^= r1
; 0x8000000000000000 s% imm -1
  r1 = 0x8000000000000000 ll
  r1 s%= -1
  *(u64 *)(r9 + 24) = r1
  r8 ^= r1
; 0x8000000000000000 s% 0xffffffffffffffff
  r1 = 0x8000000000000000 ll
  r2 = 0xffffffffffffffff ll
  r1 s%= r2
  *(u64 *)(r9 + 32) = r1
  r8 ^= r1
; 0xffffffffffffff9c s% 0x7
  r1 = 0xffffffffffffff9c ll
  r2 = 0x7 ll
  r1 s%= r2
  *(u64 *)(r9 + 40) = r1
  r8 ^= r1
; 0xfffffffffffffffb s% 0x0
  r1 = 0xfffffffffffffffb ll
  r2 = 0x0 ll
  r1 s%= r2
  *(u64 *)(r9 + 48) = r1
  r8 ^= r1
; 0x7fffffffffffffff s% 0x8000000000000000
  r1 = 0x7fffffffffffffff ll
  r2 = 0x8000000000000000 ll
  r1 s%= r2
  *(u64 *)(r9 + 56) = r1
  r8 ^= r1
; r0 = the low and high halves of every result, folded
  r0 = r8
  r8 >>= 32
  r0 ^= r8
  exit
