; about: JMP32 (low 32 bits, imm as s32) jset (&): taken when any bit in common
; type: xdp
; packet: 020000000002 020000000001 0800 4500002e000100004011f96ac0a80001c0a80002 30390035001a8629 68656c6c6f2c20627066706c617921210001
; map: in:array:4:88:1
; init: in:00000000:00000000000000000100000000000000ffffffffffffffff0000000000000080ffffffffffffff7f0000008000000000ffffffff000000000000000001000000ffffff7f0000000001000000010000000500000000000000

  r6 = map_value[in] + 0 ll
  r7 = 0
  r1 = *(u64 *)(r6 + 0)
  if w1 & -1 goto +1   ; 0x0 & -1
  goto +1
  r7 |= 0x1
  r1 = *(u64 *)(r6 + 8)
  if w1 & 1 goto +1   ; 0x1 & 1
  goto +1
  r7 |= 0x2
  r1 = *(u64 *)(r6 + 16)
  if w1 & 16 goto +1   ; 0xffffffffffffffff & 16
  goto +1
  r7 |= 0x4
  r1 = *(u64 *)(r6 + 48)
  if w1 & -2147483648 goto +1   ; 0xffffffff & -2147483648
  goto +1
  r7 |= 0x8
  r1 = *(u64 *)(r6 + 56)
  if w1 & 1 goto +1   ; 0x100000000 & 1
  goto +1
  r7 |= 0x10
  r1 = *(u64 *)(r6 + 40)
  if w1 & -2147483648 goto +1   ; 0x80000000 & -2147483648
  goto +1
  r7 |= 0x20
  r1 = *(u64 *)(r6 + 80)
  if w1 & 2 goto +1   ; 0x5 & 2
  goto +1
  r7 |= 0x40
  r1 = *(u64 *)(r6 + 0)
  r2 = *(u64 *)(r6 + 16)
  if w1 & w2 goto +1   ; 0x0 & 0xffffffffffffffff
  goto +1
  r7 |= 0x80
  r1 = *(u64 *)(r6 + 8)
  r2 = *(u64 *)(r6 + 80)
  if w1 & w2 goto +1   ; 0x1 & 0x5
  goto +1
  r7 |= 0x100
  r1 = *(u64 *)(r6 + 56)
  r2 = *(u64 *)(r6 + 16)
  if w1 & w2 goto +1   ; 0x100000000 & 0xffffffffffffffff
  goto +1
  r7 |= 0x200
  r1 = *(u64 *)(r6 + 72)
  r2 = *(u64 *)(r6 + 56)
  if w1 & w2 goto +1   ; 0x100000001 & 0x100000000
  goto +1
  r7 |= 0x400
  r1 = *(u64 *)(r6 + 48)
  r2 = *(u64 *)(r6 + 40)
  if w1 & w2 goto +1   ; 0xffffffff & 0x80000000
  goto +1
  r7 |= 0x800
  r1 = *(u64 *)(r6 + 80)
  r2 = *(u64 *)(r6 + 32)
  if w1 & w2 goto +1   ; 0x5 & 0x7fffffffffffffff
  goto +1
  r7 |= 0x1000
  r0 = r7
  exit
