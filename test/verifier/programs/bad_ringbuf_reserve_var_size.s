; about: the size of a ring buffer reservation must be a known constant
; type: xdp
; map: rb:ringbuf:0:0:4096

  r2 = *(u32 *)(r1 + 16)
  r2 &= 63
  r1 = map[rb] ll
  r3 = 0
  call bpf_ringbuf_reserve
  if r0 == 0 goto out
  r1 = r0
  r2 = 0
  call bpf_ringbuf_submit
out:
  r0 = 0
  exit
