; about: bpf_map_pop_elem on a queue the program may only read (BPF_F_RDONLY_PROG): popping changes it
; type: socket_filter
; map: q:queue:0:8:4:128
  r2 = r10
  r2 += -8
  r1 = map[q] ll
  call bpf_map_pop_elem
  r0 = 0
  exit
