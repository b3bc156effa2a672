; about: bpf_skb_ecn_set_ce on an ECN-capable (ECT(0)) IPv4 packet: 1, the TOS byte marked CE and the header checksum updated (0xf968 to 0xf967); a second call finds it marked (1)
; type: sched_cls
; packet: 020000000002 020000000001 0800 4502002e000100004011f968c0a80001c0a80002 30390035001a8629 68656c6c6f2c20627066706c617921210001
; map: out:array:4:8:1

  r6 = r1
  call bpf_skb_ecn_set_ce
  r9 = map_value[out] + 0 ll
  *(u64 *)(r9 + 0) = r0
  r1 = r6
  call bpf_skb_ecn_set_ce
  exit
