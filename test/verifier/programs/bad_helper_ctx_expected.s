; about: bpf_skb_load_bytes wants the ctx in r1
; type: sched_cls

  r1 = 0
  r2 = 0
  r3 = r10
  r3 += -8
  r4 = 8
  call bpf_skb_load_bytes
  r0 = 0
  exit
