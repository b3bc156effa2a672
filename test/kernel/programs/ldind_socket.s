; about: LD_IND in a socket filter: skb[src + imm], the UDP ports found through the IHL
; type: socket_filter
; packet: 020000000002 020000000001 0800 4500002e000100004011f96ac0a80001c0a80002 30390035001a8629 68656c6c6f2c20627066706c617921210001

  r6 = r1
  r0 = *(u8 *)skb[0]
  r0 &= 0xf
  r0 <<= 2                      ; IP header length
  r7 = r0
  r0 = *(u16 *)skb[r7 + 0]      ; UDP source port
  r8 = r0
  r0 = *(u16 *)skb[r7 + 2]      ; UDP destination port
  r8 <<= 16
  r8 |= r0
  r0 = *(u32 *)skb[r7 + 8]      ; first payload bytes
  r0 ^= r8
  exit
