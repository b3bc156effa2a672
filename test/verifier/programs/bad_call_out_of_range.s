; about: a bpf-to-bpf call past the end of the program
; type: xdp

  call pc+10
  r0 = 0
  exit
