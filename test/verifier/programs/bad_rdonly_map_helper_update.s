; about: bpf_map_update_elem on a map the program may only read (BPF_F_RDONLY_PROG)
; type: socket_filter
; map: h:hash:8:8:1:128
  r1 = 0
  *(u64 *)(r10 - 8) = r1
  r2 = r10
  r2 += -8
  r1 = map[h] ll
  r3 = r2
  r4 = 0
  call bpf_map_update_elem
  r0 = 0
  exit
