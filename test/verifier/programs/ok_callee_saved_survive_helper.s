; about: r6-r9 survive a helper call
; type: xdp

  r6 = 7
  r7 = r1
  call bpf_ktime_get_ns
  r0 = r6
  r1 = r7
  exit
