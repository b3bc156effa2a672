; about: a scalar where the key pointer should be
; type: xdp
; map: m:hash:4:8:16

  r1 = map[m] ll
  r2 = 0
  call bpf_map_lookup_elem
  r0 = 0
  exit
