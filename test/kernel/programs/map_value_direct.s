; about: ld_imm64 src 2 (map_value): a pointer into an array's only value, plus an offset
; type: xdp
; packet: 020000000002 020000000001 0800 4500002e000100004011f96ac0a80001c0a80002 30390035001a8629 68656c6c6f2c20627066706c617921210001
; map: cfg:array:4:32:1
; init: cfg:00000000:0100000000000000 0200000000000000 0300000000000000 0400000000000000

  r1 = map_value[cfg] + 16 ll
  r2 = *(u64 *)(r1 + 0)         ; 3
  r3 = *(u64 *)(r1 + 8)         ; 4
  r2 <<= 8
  r2 |= r3
  *(u64 *)(r1 - 16) = r2
  r0 = r2
  exit
