; about: be16/32/64 swap on this little-endian machine; le16/32/64 only truncate
; type: xdp
; packet: 020000000002 020000000001 0800 4500002e000100004011f96ac0a80001c0a80002 30390035001a8629 68656c6c6f2c20627066706c617921210001
; map: out:array:4:48:1

  r9 = map_value[out] + 0 ll
  r8 = 0
; be16
  r1 = 0x123456789abcdef0 ll
  r1 = be16 r1
  *(u64 *)(r9 + 0) = r1
  r8 ^= r1
; be32
  r1 = 0x123456789abcdef0 ll
  r1 = be32 r1
  *(u64 *)(r9 + 8) = r1
  r8 ^= r1
; be64
  r1 = 0x123456789abcdef0 ll
  r1 = be64 r1
  *(u64 *)(r9 + 16) = r1
  r8 ^= r1
; le16
  r1 = 0x123456789abcdef0 ll
  r1 = le16 r1
  *(u64 *)(r9 + 24) = r1
  r8 ^= r1
; le32
  r1 = 0x123456789abcdef0 ll
  r1 = le32 r1
  *(u64 *)(r9 + 32) = r1
  r8 ^= r1
; le64
  r1 = 0x123456789abcdef0 ll
  r1 = le64 r1
  *(u64 *)(r9 + 40) = r1
  r8 ^= r1
; r0 = the low and high halves of every result, folded
  r0 = r8
  r8 >>= 32
  r0 ^= r8
  exit
