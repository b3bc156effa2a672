; about: bpf_sk_lookup_udp on the packet's own 4-tuple (192.168.0.1:12345 -> 192.168.0.2:1), read in place: nothing is bound there, NULL
; type: xdp
; packet: 020000000002 020000000001 0800 4500002e000100004011f96ac0a80001c0a80002 30390001001a8629 68656c6c6f2c20627066706c617921210001

  r6 = r1
  r2 = *(u32 *)(r6 + 0)
  r3 = *(u32 *)(r6 + 4)
  r4 = r2
  r4 += 38
  if r4 > r3 goto short
  r2 += 26
  r1 = r6
  r3 = 12
  r4 = -1
  r5 = 0
  call bpf_sk_lookup_udp
  if r0 == 0 goto none
  r1 = r0
  call bpf_sk_release
  r0 = 1
  exit
none:
  r0 = 2
  exit
short:
  r0 = 3
  exit
