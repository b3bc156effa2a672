; about: a socket from an xskmap lookup is read only
; type: xdp
; map: xs:xskmap:4:4:1

  r1 = 0
  *(u32 *)(r10 - 8) = w1
  r2 = r10
  r2 += -8
  r1 = map[xs] ll
  call bpf_map_lookup_elem
  if r0 == 0 goto +2
  r1 = 1
  *(u32 *)(r0 + 0) = w1
  r0 = 2
  exit
