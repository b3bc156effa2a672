; about: writing to a record after submitting it
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
  *(u64 *)(r6 + 0) = 1
out:
  r0 = 0
  exit
