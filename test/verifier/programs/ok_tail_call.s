; about: bpf_tail_call with a prog_array, then the fall-through path
; type: xdp
; map: progs:prog_array:4:4:4

  r2 = map[progs] ll
  r3 = 1
  call bpf_tail_call
  r0 = 2
  exit
