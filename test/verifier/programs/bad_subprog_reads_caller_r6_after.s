; about: r1-r5 do not survive a bpf-to-bpf call either
; type: xdp

  r2 = 5
  call f
  r0 = r2
  exit
f:
  r0 = 0
  exit
