; about: a socket from an xskmap lookup is a struct bpf_xdp_sock, not a map value: its one field, the u32 queue_id, is read whole or not at all
; type: xdp
; map: xs:xskmap:4:4:1

  r1 = 0
  *(u32 *)(r10 - 8) = w1
  r2 = r10
  r2 += -8
  r1 = map[xs] ll
  call bpf_map_lookup_elem
  if r0 == 0 goto +1
  w0 = *(u16 *)(r0 + 0)
  r0 = 2
  exit
