; about: a helper call clobbers r1-r5; reading r3 afterwards is reading an uninitialised register
; type: xdp

  r3 = 7
  call bpf_ktime_get_ns
  r0 = r3
  exit
