; about: no arithmetic on a socket from an xskmap lookup
; type: xdp
; map: xs:xskmap:4:4:1

  r1 = 0
  *(u32 *)(r10 - 8) = w1
  r2 = r10
  r2 += -8
  r1 = map[xs] ll
  call bpf_map_lookup_elem
  if r0 == 0 goto +1
  r0 += 4
  r0 = 2
  exit
