; about: bpf_xdp_adjust_tail with a negative delta drops the UDP payload
; type: xdp
; packet: 020000000002 020000000001 0800 4500002e000100004011f96ac0a80001c0a80002 30390035001a8629 68656c6c6f2c20627066706c617921210001

  r6 = r1
  r2 = -18
  call bpf_xdp_adjust_tail
  r7 = r0
  r2 = *(u32 *)(r6 + 0)
  r3 = *(u32 *)(r6 + 4)
  r3 -= r2
  r0 = r3
  r0 += r7
  exit
