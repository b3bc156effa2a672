; about: ld_imm64 (two slots) with every kind of 64-bit constant
; type: xdp
; packet: 020000000002 020000000001 0800 4500002e000100004011f96ac0a80001c0a80002 30390035001a8629 68656c6c6f2c20627066706c617921210001
; map: out:array:4:48:1

  r9 = map_value[out] + 0 ll
  r1 = 0x0123456789abcdef ll
  *(u64 *)(r9 + 0) = r1
  r1 = 0xffffffff ll
  *(u64 *)(r9 + 8) = r1
  r1 = -1 ll
  *(u64 *)(r9 + 16) = r1
  r1 = 0x8000000000000000 ll
  *(u64 *)(r9 + 24) = r1
  r1 = 0x100000000 ll
  *(u64 *)(r9 + 32) = r1
  r1 = -2147483649 ll
  *(u64 *)(r9 + 40) = r1
  r0 = 0x1234567890 ll
  exit
