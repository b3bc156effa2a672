; about: 32-bit atomics on the stack: only 4 bytes change; fetch zero-extends the old value into src
; type: xdp
; packet: 020000000002 020000000001 0800 4500002e000100004011f96ac0a80001c0a80002 30390035001a8629 68656c6c6f2c20627066706c617921210001
; map: out:array:4:64:1

  r9 = map_value[out] + 0 ll
  r1 = 0x11111111fffffff0 ll
  *(u64 *)(r10 - 8) = r1
  w2 = 0x20
  lock *(u32 *)(r10 - 8) += w2
  w2 = 0x0f000000
  lock *(u32 *)(r10 - 4) |= w2
  w2 = 0xffff00ff
  lock *(u32 *)(r10 - 8) &= w2
  w2 = 3
  lock *(u32 *)(r10 - 8) ^= w2
  r1 = *(u64 *)(r10 - 8)
  *(u64 *)(r9 + 0) = r1
  r2 = -1
  w2 = atomic_fetch_add((u32 *)(r10 - 8), w2)
  *(u64 *)(r9 + 8) = r2
  r3 = -1
  w3 = 0x80000000
  w3 = atomic_fetch_or((u32 *)(r10 - 4), w3)
  *(u64 *)(r9 + 16) = r3
  w4 = 0xf0
  w4 = atomic_fetch_and((u32 *)(r10 - 8), w4)
  *(u64 *)(r9 + 24) = r4
  w5 = 0xffffffff
  w5 = atomic_fetch_xor((u32 *)(r10 - 4), w5)
  *(u64 *)(r9 + 32) = r5
  r1 = *(u64 *)(r10 - 8)
  *(u64 *)(r9 + 40) = r1
  r0 = r1
  exit
