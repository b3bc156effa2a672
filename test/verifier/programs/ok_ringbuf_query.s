; about: bpf_ringbuf_query
; type: xdp
; map: rb:ringbuf:0:0:4096

  r1 = map[rb] ll
  r2 = 0
  call bpf_ringbuf_query
  r0 = 2
  exit
