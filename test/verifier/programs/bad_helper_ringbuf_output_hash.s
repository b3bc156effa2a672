; about: bpf_ringbuf_output needs a ring buffer, not a hash map
; type: xdp
; map: h:hash:4:8:16

  *(u64 *)(r10 - 8) = 0
  r1 = map[h] ll
  r2 = r10
  r2 += -8
  r3 = 8
  r4 = 0
  call bpf_ringbuf_output
  r0 = 0
  exit
