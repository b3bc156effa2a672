; about: a known index below the prog_array's size is marked precise at bpf_tail_call
; (record_func_key), so the path with the other index is not pruned at the join
; type: xdp
; map: progs:prog_array:4:4:4

  r6 = r1
  r0 = *(u32 *)(r6 + 0)
  r3 = 1
  if r0 > 5 goto two
  goto join
two:
  r3 = 2
join:
  r2 = map[progs] ll
  r1 = r6
  call bpf_tail_call
  r0 = 2
  exit
