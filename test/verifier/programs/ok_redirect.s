; about: bpf_redirect returns the xdp action
; type: xdp

  r1 = 1
  r2 = 0
  call bpf_redirect
  exit
