; about: the record is submitted on one path only
; type: xdp
; map: rb:ringbuf:0:0:4096

  r6 = *(u32 *)(r1 + 16)
  r1 = map[rb] ll
  r2 = 8
  r3 = 0
  call bpf_ringbuf_reserve
  if r0 == 0 goto out
  if r6 == 0 goto out
  r1 = r0
  r2 = 0
  call bpf_ringbuf_submit
out:
  r0 = 0
  exit
