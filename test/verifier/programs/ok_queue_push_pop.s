; about: queue maps: push from the stack, pop into the stack
; type: xdp
; map: q:queue:0:8:16

  *(u64 *)(r10 - 8) = 5
  r1 = map[q] ll
  r2 = r10
  r2 += -8
  r3 = 0
  call bpf_map_push_elem
  r1 = map[q] ll
  r2 = r10
  r2 += -16
  call bpf_map_pop_elem
  r0 = 0
  exit
