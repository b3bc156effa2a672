; about: a socket from an xskmap lookup is not memory a helper may read
; type: xdp
; map: xs:xskmap:4:4:1

  r1 = 0
  *(u32 *)(r10 - 8) = w1
  r2 = r10
  r2 += -8
  r1 = map[xs] ll
  call bpf_map_lookup_elem
  if r0 == 0 goto +6
  r1 = r0
  r2 = 4
  r3 = 0
  r4 = 0
  r5 = 0
  call bpf_csum_diff
  r0 = 2
  exit
