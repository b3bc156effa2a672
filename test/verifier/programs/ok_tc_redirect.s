; about: tc returns the result of bpf_redirect
; type: sched_cls

  r1 = 1
  r2 = 0
  call bpf_redirect
  exit
