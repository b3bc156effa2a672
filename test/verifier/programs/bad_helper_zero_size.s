; about: bpf_skb_load_bytes with length 0 (the size argument must be positive)
; type: sched_cls

  r2 = 0
  r3 = r10
  r3 += -8
  r4 = 0
  call bpf_skb_load_bytes
  r0 = 0
  exit
