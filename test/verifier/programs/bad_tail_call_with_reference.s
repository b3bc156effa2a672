; about: a tail call while a ring buffer record is held
; type: xdp
; map: rb:ringbuf:0:0:4096
; map: progs:prog_array:4:4:4

  r6 = r1
  r1 = map[rb] ll
  r2 = 8
  r3 = 0
  call bpf_ringbuf_reserve
  if r0 == 0 goto out
  r7 = r0
  r1 = r6
  r2 = map[progs] ll
  r3 = 0
  call bpf_tail_call
  r1 = r7
  r2 = 0
  call bpf_ringbuf_discard
out:
  r0 = 0
  exit
