; about: reserve then discard
; type: xdp
; map: rb:ringbuf:0:0:4096

  r1 = map[rb] ll
  r2 = 8
  r3 = 0
  call bpf_ringbuf_reserve
  if r0 == 0 goto out
  r1 = r0
  r2 = 0
  call bpf_ringbuf_discard
out:
  r0 = 2
  exit
