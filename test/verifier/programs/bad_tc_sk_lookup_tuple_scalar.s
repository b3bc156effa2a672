; about: the tuple must point to memory: a number is refused
; type: sched_cls

  r2 = 0
  r3 = 12
  r4 = -1
  r5 = 0
  call bpf_sk_lookup_tcp
  r0 = 0
  exit
