; about: ST (store immediate) of every size: the imm is truncated to the width, and sign-extended for u64
; type: xdp
; packet: 020000000002 020000000001 0800 4500002e000100004011f96ac0a80001c0a80002 30390035001a8629 68656c6c6f2c20627066706c617921210001
; map: out:array:4:48:1

  r9 = map_value[out] + 0 ll
  *(u64 *)(r9 + 0) = -1
  *(u64 *)(r9 + 8) = -2147483648
  *(u64 *)(r9 + 16) = 0x7fffffff
  *(u32 *)(r9 + 24) = -2
  *(u16 *)(r9 + 28) = 0x12345
  *(u8 *)(r9 + 30) = 0x1ff
  *(u8 *)(r9 + 31) = -128
  *(u64 *)(r10 - 8) = 0
  *(u16 *)(r10 - 6) = 0xbeef
  *(u8 *)(r10 - 1) = 0x77
  r1 = *(u64 *)(r10 - 8)
  *(u64 *)(r9 + 32) = r1
  *(u32 *)(r10 - 16) = 0x11223344
  *(u32 *)(r10 - 12) = 0x55667788
  r1 = *(u64 *)(r10 - 16)
  *(u64 *)(r9 + 40) = r1
  r0 = *(u32 *)(r9 + 28)
  exit
