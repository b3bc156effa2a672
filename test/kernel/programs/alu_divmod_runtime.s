; about: div and mod by zero with a divisor the verifier cannot know (from a map): 64 and 32 bits, signed and unsigned
; type: xdp
; packet: 020000000002 020000000001 0800 4500002e000100004011f96ac0a80001c0a80002 30390035001a8629 68656c6c6f2c20627066706c617921210001
; map: in:array:4:16:1
; map: out:array:4:64:1
; init: in:00000000:0000000000000000 f0debc9a78563412

  r6 = map_value[in] + 0 ll
  r9 = map_value[out] + 0 ll
  r2 = *(u64 *)(r6 + 0)         ; 0
  r1 = *(u64 *)(r6 + 8)
  r1 /= r2
  *(u64 *)(r9 + 0) = r1
  r1 = *(u64 *)(r6 + 8)
  r1 %= r2
  *(u64 *)(r9 + 8) = r1
  r1 = *(u64 *)(r6 + 8)
  r1 s/= r2
  *(u64 *)(r9 + 16) = r1
  r1 = *(u64 *)(r6 + 8)
  r1 s%= r2
  *(u64 *)(r9 + 24) = r1
  r1 = *(u64 *)(r6 + 8)
  w1 /= w2
  *(u64 *)(r9 + 32) = r1
  r1 = *(u64 *)(r6 + 8)
  w1 %= w2
  *(u64 *)(r9 + 40) = r1
  r1 = *(u64 *)(r6 + 8)
  w1 s/= w2
  *(u64 *)(r9 + 48) = r1
  r1 = *(u64 *)(r6 + 8)
  w1 s%= w2
  *(u64 *)(r9 + 56) = r1
  r0 = r1
  exit
