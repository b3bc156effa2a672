; about: cmpxchg 64 and 32, success and failure: r0 always gets the old value (zero-extended for 32)
; type: xdp
; packet: 020000000002 020000000001 0800 4500002e000100004011f96ac0a80001c0a80002 30390035001a8629 68656c6c6f2c20627066706c617921210001
; map: out:array:4:64:1

  r9 = map_value[out] + 0 ll
  r1 = 0x100000005 ll
  *(u64 *)(r10 - 8) = r1
; 64-bit, equal: swaps in r2
  r0 = 0x100000005 ll
  r2 = 0x2222222222222222 ll
  r0 = cmpxchg_64(r10 - 8, r0, r2)
  *(u64 *)(r9 + 0) = r0
  r1 = *(u64 *)(r10 - 8)
  *(u64 *)(r9 + 8) = r1
; 64-bit, not equal: memory unchanged
  r0 = 5
  r2 = 0x3333
  r0 = cmpxchg_64(r10 - 8, r0, r2)
  *(u64 *)(r9 + 16) = r0
  r1 = *(u64 *)(r10 - 8)
  *(u64 *)(r9 + 24) = r1
; 32-bit, equal on the low word: upper bits of r0 are ignored in the compare
  r0 = 0xffffffff22222222 ll
  w2 = 0x44444444
  w0 = cmpxchg32_32(r10 - 8, w0, w2)
  *(u64 *)(r9 + 32) = r0
  r1 = *(u64 *)(r10 - 8)
  *(u64 *)(r9 + 40) = r1
; 32-bit, not equal
  r0 = -1
  w2 = 0x55
  w0 = cmpxchg32_32(r10 - 4, w0, w2)
  *(u64 *)(r9 + 48) = r0
  r1 = *(u64 *)(r10 - 8)
  *(u64 *)(r9 + 56) = r1
  exit
