; about: bpf_xdp_adjust_tail with a constant delta
; type: xdp

  r2 = -4
  call bpf_xdp_adjust_tail
  r0 = 2
  exit
