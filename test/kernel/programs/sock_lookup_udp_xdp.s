; about: bpf_sk_lookup_udp from xdp with a zeroed tuple: NULL, so XDP_PASS
; type: xdp
; packet: 020000000002 020000000001 0800 4500002e000100004011f96ac0a80001c0a80002 30390035001a8629 68656c6c6f2c20627066706c617921210001

  *(u64 *)(r10 - 16) = 0
  *(u32 *)(r10 - 8) = 0
  r2 = r10
  r2 += -16
  r3 = 12
  r4 = -1
  r5 = 0
  call bpf_sk_lookup_udp
  if r0 == 0 goto pass
  r1 = r0
  call bpf_sk_release
  r0 = 1
  exit
pass:
  r0 = 2
  exit
