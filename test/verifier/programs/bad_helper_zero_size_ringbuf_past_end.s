; about: a zero-sized helper read one byte past a 16-byte ring buffer record
; type: sched_cls
; map: rb:ringbuf:0:0:4096
  r1 = map[rb] ll
  r2 = 16
  r3 = 0
  call bpf_ringbuf_reserve
  if r0 == 0 goto +11
  r6 = r0
  r0 += 17
  r1 = r0
  r2 = 0
  r3 = 0
  r4 = 0
  r5 = 0
  call bpf_csum_diff
  r1 = r6
  r2 = 0
  call bpf_ringbuf_discard
  r0 = 0
  exit
