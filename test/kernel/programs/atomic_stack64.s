; about: 64-bit atomic add, or, and, xor on the stack, without and with fetch (fetch returns the old value)
; type: xdp
; packet: 020000000002 020000000001 0800 4500002e000100004011f96ac0a80001c0a80002 30390035001a8629 68656c6c6f2c20627066706c617921210001
; map: out:array:4:72:1

  r9 = map_value[out] + 0 ll
  r1 = 0xf0f0f0f0f0f0f0f0 ll
  *(u64 *)(r10 - 8) = r1
  r2 = 0x10
  lock *(u64 *)(r10 - 8) += r2
  r2 = 0x0f00000000000000 ll
  lock *(u64 *)(r10 - 8) |= r2
  r2 = 0xffffffff00ffffff ll
  lock *(u64 *)(r10 - 8) &= r2
  r2 = 0x1
  lock *(u64 *)(r10 - 8) ^= r2
  r1 = *(u64 *)(r10 - 8)
  *(u64 *)(r9 + 0) = r1
  r2 = -1
  r2 = atomic_fetch_add((u64 *)(r10 - 8), r2)
  *(u64 *)(r9 + 8) = r2
  r3 = 0x8000000000000000 ll
  r3 = atomic_fetch_or((u64 *)(r10 - 8), r3)
  *(u64 *)(r9 + 16) = r3
  r4 = 0xff
  r4 = atomic_fetch_and((u64 *)(r10 - 8), r4)
  *(u64 *)(r9 + 24) = r4
  r5 = 0x5a
  r5 = atomic_fetch_xor((u64 *)(r10 - 8), r5)
  *(u64 *)(r9 + 32) = r5
  r1 = *(u64 *)(r10 - 8)
  *(u64 *)(r9 + 40) = r1
  r0 = r1
  exit
