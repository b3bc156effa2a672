; about: STX and LDX of every size on the stack: little-endian layout, narrow loads zero-extend
; type: xdp
; packet: 020000000002 020000000001 0800 4500002e000100004011f96ac0a80001c0a80002 30390035001a8629 68656c6c6f2c20627066706c617921210001
; map: out:array:4:64:1

  r9 = map_value[out] + 0 ll
  r1 = 0x8877665544332211 ll
  *(u64 *)(r10 - 8) = r1
  r2 = *(u8 *)(r10 - 8)         ; 0x11: the lowest address holds the lowest byte
  *(u64 *)(r9 + 0) = r2
  r2 = *(u8 *)(r10 - 1)         ; 0x88
  *(u64 *)(r9 + 8) = r2
  r2 = *(u16 *)(r10 - 6)        ; 0x6655
  *(u64 *)(r9 + 16) = r2
  r2 = *(u32 *)(r10 - 4)        ; 0x88776655, zero-extended
  *(u64 *)(r9 + 24) = r2
; narrow stores write only their bytes
  r3 = 0x1234567890abcdef ll
  *(u8 *)(r10 - 7) = w3
  *(u16 *)(r10 - 4) = w3
  r2 = *(u64 *)(r10 - 8)
  *(u64 *)(r9 + 32) = r2
  *(u32 *)(r10 - 16) = w3
  *(u32 *)(r10 - 12) = w3
  r2 = *(u64 *)(r10 - 16)
  *(u64 *)(r9 + 40) = r2
  w2 = *(u16 *)(r10 - 14)
  *(u64 *)(r9 + 48) = r2
  r0 = *(u32 *)(r10 - 8)
  exit
