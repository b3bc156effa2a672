; about: reserve, null check, write, submit
; type: xdp
; map: rb:ringbuf:0:0:4096

  r1 = map[rb] ll
  r2 = 16
  r3 = 0
  call bpf_ringbuf_reserve
  if r0 == 0 goto out
  *(u64 *)(r0 + 0) = 1
  *(u64 *)(r0 + 8) = 2
  r1 = r0
  r2 = 0
  call bpf_ringbuf_submit
out:
  r0 = 2
  exit
