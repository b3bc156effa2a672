; about: LD_ABS in a tc program: offsets count from the Ethernet header; results in host order
; type: sched_cls
; packet: 020000000002 020000000001 0800 4500002e000100004011f96ac0a80001c0a80002 30390035001a8629 68656c6c6f2c20627066706c617921210001
; map: out:array:4:32:1

  r6 = r1
  r9 = map_value[out] + 0 ll
  r0 = *(u16 *)skb[12]          ; ethertype 0x0800
  *(u64 *)(r9 + 0) = r0
  r0 = *(u8 *)skb[23]           ; protocol 17
  *(u64 *)(r9 + 8) = r0
  r0 = *(u32 *)skb[30]          ; destination address
  *(u64 *)(r9 + 16) = r0
  r0 = *(u32 *)skb[56]          ; the last four bytes
  *(u64 *)(r9 + 24) = r0
  r0 = 0
  exit
