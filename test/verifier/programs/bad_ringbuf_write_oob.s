; about: an 8-byte record written at offset 8
; type: xdp
; map: rb:ringbuf:0:0:4096

  r1 = map[rb] ll
  r2 = 8
  r3 = 0
  call bpf_ringbuf_reserve
  if r0 == 0 goto out
  *(u64 *)(r0 + 8) = 1
  r1 = r0
  r2 = 0
  call bpf_ringbuf_submit
out:
  r0 = 0
  exit
