; about: a reserved ring buffer record that is never submitted or discarded
; type: xdp
; map: rb:ringbuf:0:0:4096

  r1 = map[rb] ll
  r2 = 8
  r3 = 0
  call bpf_ringbuf_reserve
  if r0 == 0 goto out
  *(u64 *)(r0 + 0) = 1
out:
  r0 = 0
  exit
