; about: bpf_xdp_adjust_head with a positive delta strips the Ethernet header; packet out starts at the IP header
; type: xdp
; packet: 020000000002 020000000001 0800 4500002e000100004011f96ac0a80001c0a80002 30390035001a8629 68656c6c6f2c20627066706c617921210001

  r6 = r1
  r2 = 14
  call bpf_xdp_adjust_head
  r7 = r0
  r2 = *(u32 *)(r6 + 0)
  r3 = *(u32 *)(r6 + 4)
  r4 = r2
  r4 += 20
  if r4 > r3 goto fail
  r0 = *(u8 *)(r2 + 0)          ; 0x45
  *(u8 *)(r2 + 8) = 1           ; TTL
  r3 -= r2
  r0 <<= 8
  r0 |= r3
  r0 += r7
  exit
fail:
  r0 = 0
  exit
