; about: a bounded loop summing a map value's bytes with JMP32 loop control and a 64-bit accumulator
; type: sched_cls
; packet: 020000000002 020000000001 0800 4500002e000100004011f96ac0a80001c0a80002 30390035001a8629 68656c6c6f2c20627066706c617921210001
; map: data:array:4:32:1
; init: data:00000000:000102030405060708090a0b0c0d0e0f f0f1f2f3f4f5f6f7f8f9fafbfcfdfeff

  r9 = map_value[data] + 0 ll
  r0 = 0
  w1 = 0
loop:
  r2 = r9
  r2 += r1
  r3 = *(u8 *)(r2 + 0)
  r3 <<= r1
  r0 += r3
  w1 += 1
  if w1 < 32 goto loop
  *(u64 *)(r9 + 0) = r0
  r0 >>= 16
  exit
