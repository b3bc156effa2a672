; about: bpf_xdp_adjust_head with a negative delta: 4 new bytes in front, written by the program
; type: xdp
; packet: 020000000002 020000000001 0800 4500002e000100004011f96ac0a80001c0a80002 30390035001a8629 68656c6c6f2c20627066706c617921210001

  r6 = r1
  r2 = -4
  call bpf_xdp_adjust_head
  if r0 != 0 goto fail
  r2 = *(u32 *)(r6 + 0)
  r3 = *(u32 *)(r6 + 4)
  r4 = r2
  r4 += 18
  if r4 > r3 goto fail
  w1 = 0xefbeadde
  *(u32 *)(r2 + 0) = w1
  r0 = r3
  r0 -= r2                      ; the new length, 64
  exit
fail:
  r0 = 0
  exit
