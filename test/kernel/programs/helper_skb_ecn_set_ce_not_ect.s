; about: bpf_skb_ecn_set_ce on a packet that is not ECN-capable (TOS 0): 0 and nothing changes
; type: sched_cls
; packet: 020000000002 020000000001 0800 4500002e000100004011f96ac0a80001c0a80002 30390035001a8629 68656c6c6f2c20627066706c617921210001

  call bpf_skb_ecn_set_ce
  exit
