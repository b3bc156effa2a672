; about: sign-extending loads (MEMSX) of 8, 16, 32 bits from the stack, a map value and the packet
; type: xdp
; packet: 020000000002 020000000001 0800 4500002e000100004011f96ac0a80001c0a80002 30390035001a8629 68656c6c6f2c20627066706c617921210001
; map: out:array:4:72:1

  r6 = r1
  r9 = map_value[out] + 0 ll
  r1 = 0x80ff7fff80000001 ll
  *(u64 *)(r10 - 8) = r1
  r2 = *(s8 *)(r10 - 8)         ; 0x01
  *(u64 *)(r9 + 0) = r2
  r2 = *(s8 *)(r10 - 5)         ; 0x80
  *(u64 *)(r9 + 8) = r2
  r2 = *(s16 *)(r10 - 6)        ; 0x8000
  *(u64 *)(r9 + 16) = r2
  r2 = *(s16 *)(r10 - 4)        ; 0x7fff
  *(u64 *)(r9 + 24) = r2
  r2 = *(s32 *)(r10 - 4)        ; 0x80ff7fff
  *(u64 *)(r9 + 32) = r2
  r2 = *(s32 *)(r10 - 8)        ; 0x80000001
  *(u64 *)(r9 + 40) = r2
  *(u32 *)(r9 + 48) = -3
  r2 = *(s32 *)(r9 + 48)
  *(u64 *)(r9 + 56) = r2
  r2 = *(u32 *)(r6 + 0)
  r3 = *(u32 *)(r6 + 4)
  r4 = r2
  r4 += 60
  if r4 > r3 goto out
  r5 = *(s8 *)(r2 + 40)         ; 0x86, the UDP checksum's first byte: negative
  r4 = *(s16 *)(r2 + 40)        ; 0x2986 as loaded: positive
  r5 += r4
  r4 = *(s32 *)(r2 + 24)        ; 0xa8c06af9: the IPv4 checksum and source bytes, negative
  r5 += r4
  *(u64 *)(r9 + 64) = r5
out:
  r0 = 2
  exit
