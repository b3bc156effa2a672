; about: a bpf-to-bpf call with arguments and a result
; type: xdp

  r1 = 1
  r2 = 2
  call add
  exit
add:
  r0 = r1
  r0 += r2
  exit
