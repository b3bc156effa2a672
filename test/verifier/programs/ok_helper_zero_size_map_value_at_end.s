; about: a zero-sized helper read at a 48-byte map value's end: allowed
; type: sched_cls
; map: a:array:4:48:1
  r1 = 0
  *(u32 *)(r10 - 4) = r1
  r1 = map[a] ll
  r2 = r10
  r2 += -4
  call bpf_map_lookup_elem
  if r0 == 0 goto +7
  r0 += 48
  r1 = r0
  r2 = 0
  r3 = 0
  r4 = 0
  r5 = 0
  call bpf_csum_diff
  r0 = 0
  exit
