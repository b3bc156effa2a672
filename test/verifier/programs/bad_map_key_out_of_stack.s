; about: the key pointer is r10 - 2 but the key is 4 bytes: it runs past the frame
; type: xdp
; map: m:hash:4:8:16

  *(u16 *)(r10 - 2) = 0
  r1 = map[m] ll
  r2 = r10
  r2 += -2
  call bpf_map_lookup_elem
  r0 = 0
  exit
