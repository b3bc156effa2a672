; about: LD_ABS in a socket filter: offsets count from skb->data, which for a socket filter is the IP header
; type: socket_filter
; packet: 020000000002 020000000001 0800 4500002e000100004011f96ac0a80001c0a80002 30390035001a8629 68656c6c6f2c20627066706c617921210001

  r6 = r1
  r0 = *(u8 *)skb[0]            ; version and IHL
  r7 = r0
  r0 = *(u16 *)skb[2]           ; IP total length, in host order
  r7 <<= 16
  r7 |= r0
  r0 = *(u32 *)skb[12]          ; source address, in host order
  r7 ^= r0
  r0 = r7
  exit
