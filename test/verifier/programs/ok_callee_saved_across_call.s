; about: r6-r9 survive a bpf-to-bpf call even if the callee uses its own
; type: xdp

  r6 = 3
  call f
  r0 += r6
  exit
f:
  r6 = 100
  r0 = r6
  exit
