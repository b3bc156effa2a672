; about: bpf_l3_csum_replace with constant arguments
; type: sched_cls

  r2 = 24
  r3 = 0
  r4 = 1
  r5 = 2
  call bpf_l3_csum_replace
  r0 = 0
  exit
