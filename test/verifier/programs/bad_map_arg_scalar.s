; about: a scalar where the map pointer should be
; type: xdp

  *(u32 *)(r10 - 4) = 0
  r1 = 0
  r2 = r10
  r2 += -4
  call bpf_map_lookup_elem
  r0 = 0
  exit
