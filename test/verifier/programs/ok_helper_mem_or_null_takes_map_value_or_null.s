; about: a helper argument that may be NULL (bpf_csum_diff's from) takes a map value that may be NULL, checked as a map value
; type: sched_cls
; map: h:hash:8:8:1
  r1 = 0
  *(u64 *)(r10 - 8) = r1
  r2 = r10
  r2 += -8
  r1 = map[h] ll
  call bpf_map_lookup_elem
  r1 = r0
  r2 = 4
  r3 = 0
  r4 = 0
  r5 = 0
  call bpf_csum_diff
  r0 = 0
  exit
