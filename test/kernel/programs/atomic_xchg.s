; about: xchg 64 and 32 on the stack and in a map value: src gets the old value, memory the new
; type: xdp
; packet: 020000000002 020000000001 0800 4500002e000100004011f96ac0a80001c0a80002 30390035001a8629 68656c6c6f2c20627066706c617921210001
; map: out:array:4:48:1

  r9 = map_value[out] + 0 ll
  r1 = 0x1122334455667788 ll
  *(u64 *)(r10 - 8) = r1
  r2 = 0xaabbccddeeff0011 ll
  r2 = xchg_64(r10 - 8, r2)
  *(u64 *)(r9 + 0) = r2
  r1 = *(u64 *)(r10 - 8)
  *(u64 *)(r9 + 8) = r1
  r3 = 0x1234567812345678 ll
  w3 = xchg32_32(r10 - 4, w3)
  *(u64 *)(r9 + 16) = r3
  r1 = *(u64 *)(r10 - 8)
  *(u64 *)(r9 + 24) = r1
  *(u64 *)(r9 + 32) = 99
  r4 = 0x7777777777777777 ll
  r4 = xchg_64(r9 + 32, r4)
  r5 = 0x55
  w5 = xchg32_32(r9 + 40, w5)
  r0 = r4
  r0 += r5
  exit
