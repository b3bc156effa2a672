; about: XDP direct packet access: bounds check, load and store of each size, swap the MACs
; type: xdp
; packet: 020000000002 020000000001 0800 4500002e000100004011f96ac0a80001c0a80002 30390035001a8629 68656c6c6f2c20627066706c617921210001
; map: out:array:4:32:1

  r9 = map_value[out] + 0 ll
  r2 = *(u32 *)(r1 + 0)         ; data
  r3 = *(u32 *)(r1 + 4)         ; data_end
  r4 = r2
  r4 += 50
  if r4 > r3 goto drop
  r5 = *(u16 *)(r2 + 12)        ; ethertype as loaded: 0x0008
  *(u64 *)(r9 + 0) = r5
  r5 = *(u32 *)(r2 + 26)        ; IPv4 source
  *(u64 *)(r9 + 8) = r5
  r5 = *(u8 *)(r2 + 23)         ; protocol
  *(u64 *)(r9 + 16) = r5
  r5 = *(u64 *)(r2 + 34)        ; the UDP header
  *(u64 *)(r9 + 24) = r5
; swap destination and source MAC
  r5 = *(u32 *)(r2 + 0)
  r6 = *(u16 *)(r2 + 4)
  r7 = *(u32 *)(r2 + 6)
  r8 = *(u16 *)(r2 + 10)
  *(u32 *)(r2 + 0) = w7
  *(u16 *)(r2 + 4) = w8
  *(u32 *)(r2 + 6) = w5
  *(u16 *)(r2 + 10) = w6
  *(u8 *)(r2 + 22) = 63          ; TTL
  *(u64 *)(r2 + 42) = r5
  r0 = 3                        ; XDP_TX
  exit
drop:
  r0 = 1
  exit
