; about: bpf_skb_ecn_set_ce on an ECN-capable (ECT(0)) IPv6 packet: 1 and the traffic class marked CE
; type: sched_cls
; packet: 020000000002 020000000001 86dd 6020000000081140 20010db8000000000000000000000001 20010db8000000000000000000000002 3039003500088629

  call bpf_skb_ecn_set_ce
  exit
