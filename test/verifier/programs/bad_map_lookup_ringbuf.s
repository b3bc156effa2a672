; about: a lookup on a ring buffer: its key size is 0, so the key argument is a zero-sized read
; type: xdp
; map: rb:ringbuf:0:0:4096

  *(u32 *)(r10 - 4) = 0
  r1 = map[rb] ll
  r2 = r10
  r2 += -4
  call bpf_map_lookup_elem
  r0 = 0
  exit
