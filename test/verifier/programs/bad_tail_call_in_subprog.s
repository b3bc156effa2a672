; about: a tail call inside a bpf-to-bpf subprogram needs BTF
; type: xdp
; map: progs:prog_array:4:4:4

  call f
  exit
f:
  r2 = map[progs] ll
  r3 = 0
  call bpf_tail_call
  r0 = 2
  exit
