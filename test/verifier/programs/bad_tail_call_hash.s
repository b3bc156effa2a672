; about: bpf_tail_call needs a prog_array
; type: xdp
; map: h:hash:4:8:16

  r2 = map[h] ll
  r3 = 0
  call bpf_tail_call
  r0 = 0
  exit
