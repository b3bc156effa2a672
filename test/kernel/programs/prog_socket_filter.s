; about: a socket filter's r0 is how many bytes to keep: returns skb->len - 6; the packet comes back with a zeroed Ethernet header
; type: socket_filter
; packet: 020000000002 020000000001 0800 4500002e000100004011f96ac0a80001c0a80002 30390035001a8629 68656c6c6f2c20627066706c617921210001

  r0 = *(u32 *)(r1 + 0)
  r0 -= 6
  exit
