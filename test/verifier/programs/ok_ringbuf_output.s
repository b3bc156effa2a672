; about: bpf_ringbuf_output from the stack
; type: xdp
; map: rb:ringbuf:0:0:4096

  *(u64 *)(r10 - 8) = 1
  r1 = map[rb] ll
  r2 = r10
  r2 += -8
  r3 = 8
  r4 = 0
  call bpf_ringbuf_output
  r0 = 2
  exit
