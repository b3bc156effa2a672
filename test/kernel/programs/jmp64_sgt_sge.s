; about: JMP (64 bits, imm sign-extended) signed s> and s>=
; type: xdp
; packet: 020000000002 020000000001 0800 4500002e000100004011f96ac0a80001c0a80002 30390035001a8629 68656c6c6f2c20627066706c617921210001
; map: in:array:4:88:1
; init: in:00000000:00000000000000000100000000000000ffffffffffffffff0000000000000080ffffffffffffff7f0000008000000000ffffffff000000000000000001000000ffffff7f0000000001000000010000000500000000000000

  r6 = map_value[in] + 0 ll
  r7 = 0
  r1 = *(u64 *)(r6 + 0)
  if r1 s> 0 goto +1   ; 0x0 s> 0
  goto +1
  r7 |= 0x1
  r1 = *(u64 *)(r6 + 8)
  if r1 s> 0 goto +1   ; 0x1 s> 0
  goto +1
  r7 |= 0x2
  r1 = *(u64 *)(r6 + 16)
  if r1 s> -1 goto +1   ; 0xffffffffffffffff s> -1
  goto +1
  r7 |= 0x4
  r1 = *(u64 *)(r6 + 48)
  if r1 s> -1 goto +1   ; 0xffffffff s> -1
  goto +1
  r7 |= 0x8
  r1 = *(u64 *)(r6 + 56)
  if r1 s> 0 goto +1   ; 0x100000000 s> 0
  goto +1
  r7 |= 0x10
  r1 = *(u64 *)(r6 + 24)
  if r1 s> -2147483648 goto +1   ; 0x8000000000000000 s> -2147483648
  goto +1
  r7 |= 0x20
  r1 = *(u64 *)(r6 + 40)
  if r1 s> -2147483648 goto +1   ; 0x80000000 s> -2147483648
  goto +1
  r7 |= 0x40
  r1 = *(u64 *)(r6 + 0)
  r2 = *(u64 *)(r6 + 8)
  if r1 s> r2 goto +1   ; 0x0 s> 0x1
  goto +1
  r7 |= 0x80
  r1 = *(u64 *)(r6 + 8)
  r2 = *(u64 *)(r6 + 0)
  if r1 s> r2 goto +1   ; 0x1 s> 0x0
  goto +1
  r7 |= 0x100
  r1 = *(u64 *)(r6 + 16)
  r2 = *(u64 *)(r6 + 16)
  if r1 s> r2 goto +1   ; 0xffffffffffffffff s> 0xffffffffffffffff
  goto +1
  r7 |= 0x200
  r1 = *(u64 *)(r6 + 24)
  r2 = *(u64 *)(r6 + 32)
  if r1 s> r2 goto +1   ; 0x8000000000000000 s> 0x7fffffffffffffff
  goto +1
  r7 |= 0x400
  r1 = *(u64 *)(r6 + 32)
  r2 = *(u64 *)(r6 + 24)
  if r1 s> r2 goto +1   ; 0x7fffffffffffffff s> 0x8000000000000000
  goto +1
  r7 |= 0x800
  r1 = *(u64 *)(r6 + 48)
  r2 = *(u64 *)(r6 + 56)
  if r1 s> r2 goto +1   ; 0xffffffff s> 0x100000000
  goto +1
  r7 |= 0x1000
  r1 = *(u64 *)(r6 + 72)
  r2 = *(u64 *)(r6 + 8)
  if r1 s> r2 goto +1   ; 0x100000001 s> 0x1
  goto +1
  r7 |= 0x2000
  r1 = *(u64 *)(r6 + 0)
  if r1 s>= 0 goto +1   ; 0x0 s>= 0
  goto +1
  r7 |= 0x4000
  r1 = *(u64 *)(r6 + 8)
  if r1 s>= 0 goto +1   ; 0x1 s>= 0
  goto +1
  r7 |= 0x8000
  r1 = *(u64 *)(r6 + 16)
  if r1 s>= -1 goto +1   ; 0xffffffffffffffff s>= -1
  goto +1
  r7 |= 0x10000
  r1 = *(u64 *)(r6 + 48)
  if r1 s>= -1 goto +1   ; 0xffffffff s>= -1
  goto +1
  r7 |= 0x20000
  r1 = *(u64 *)(r6 + 56)
  if r1 s>= 0 goto +1   ; 0x100000000 s>= 0
  goto +1
  r7 |= 0x40000
  r1 = *(u64 *)(r6 + 24)
  if r1 s>= -2147483648 goto +1   ; 0x8000000000000000 s>= -2147483648
  goto +1
  r7 |= 0x80000
  r1 = *(u64 *)(r6 + 40)
  if r1 s>= -2147483648 goto +1   ; 0x80000000 s>= -2147483648
  goto +1
  r7 |= 0x100000
  r1 = *(u64 *)(r6 + 0)
  r2 = *(u64 *)(r6 + 8)
  if r1 s>= r2 goto +1   ; 0x0 s>= 0x1
  goto +1
  r7 |= 0x200000
  r1 = *(u64 *)(r6 + 8)
  r2 = *(u64 *)(r6 + 0)
  if r1 s>= r2 goto +1   ; 0x1 s>= 0x0
  goto +1
  r7 |= 0x400000
  r1 = *(u64 *)(r6 + 16)
  r2 = *(u64 *)(r6 + 16)
  if r1 s>= r2 goto +1   ; 0xffffffffffffffff s>= 0xffffffffffffffff
  goto +1
  r7 |= 0x800000
  r1 = *(u64 *)(r6 + 24)
  r2 = *(u64 *)(r6 + 32)
  if r1 s>= r2 goto +1   ; 0x8000000000000000 s>= 0x7fffffffffffffff
  goto +1
  r7 |= 0x1000000
  r1 = *(u64 *)(r6 + 32)
  r2 = *(u64 *)(r6 + 24)
  if r1 s>= r2 goto +1   ; 0x7fffffffffffffff s>= 0x8000000000000000
  goto +1
  r7 |= 0x2000000
  r1 = *(u64 *)(r6 + 48)
  r2 = *(u64 *)(r6 + 56)
  if r1 s>= r2 goto +1   ; 0xffffffff s>= 0x100000000
  goto +1
  r7 |= 0x4000000
  r1 = *(u64 *)(r6 + 72)
  r2 = *(u64 *)(r6 + 8)
  if r1 s>= r2 goto +1   ; 0x100000001 s>= 0x1
  goto +1
  r7 |= 0x8000000
  r0 = r7
  exit
