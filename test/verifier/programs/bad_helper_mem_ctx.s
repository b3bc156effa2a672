; about: bpf_csum_diff reads memory: the ctx is not memory it may read
; type: xdp

  r2 = 4
  r3 = 0
  r4 = 0
  r5 = 0
  call bpf_csum_diff
  r0 = 0
  exit
