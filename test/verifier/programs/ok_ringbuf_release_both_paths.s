; about: the record is submitted on one branch and discarded on the other
; type: xdp
; map: rb:ringbuf:0:0:4096

  r6 = *(u32 *)(r1 + 16)
  r1 = map[rb] ll
  r2 = 8
  r3 = 0
  call bpf_ringbuf_reserve
  if r0 == 0 goto out
  r1 = r0
  r2 = 0
  if r6 == 0 goto drop
  call bpf_ringbuf_submit
  goto out
drop:
  call bpf_ringbuf_discard
out:
  r0 = 2
  exit
