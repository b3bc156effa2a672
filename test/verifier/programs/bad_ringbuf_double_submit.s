; about: submitting the same record twice
; type: xdp
; map: rb:ringbuf:0:0:4096

  r1 = map[rb] ll
  r2 = 8
  r3 = 0
  call bpf_ringbuf_reserve
  if r0 == 0 goto out
  r6 = r0
  r1 = r0
  r2 = 0
  call bpf_ringbuf_submit
  r1 = r6
  r2 = 0
  call bpf_ringbuf_submit
out:
  r0 = 0
  exit
