; about: a socket filter reads skb->sk's family, a byte of src_ip4 and state with narrow loads
; type: socket_filter
; packet: 020000000002 020000000001 0800 4500002e000100004011f96ac0a80001c0a80002 30390035001a8629 68656c6c6f2c20627066706c617921210001

  r6 = *(u64 *)(r1 + 168)
  r0 = 0
  if r6 == 0 goto out
  r0 = *(u8 *)(r6 + 4)
  r1 = *(u8 *)(r6 + 27)
  r0 <<= 8
  r0 |= r1
  r1 = *(u16 *)(r6 + 72)
  r0 <<= 8
  r0 |= r1
  r1 = *(u16 *)(r6 + 54)
  r0 <<= 16
  r0 |= r1
out:
  exit
