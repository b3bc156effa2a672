; about: bpf_loop wants a callback function in r2
; type: xdp

  r1 = 4
  r2 = 0
  r3 = 0
  r4 = 0
  call bpf_loop
  r0 = 0
  exit
