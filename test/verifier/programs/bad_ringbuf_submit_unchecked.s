; about: submitting a reservation before its null check
; type: xdp
; map: rb:ringbuf:0:0:4096

  r1 = map[rb] ll
  r2 = 8
  r3 = 0
  call bpf_ringbuf_reserve
  r1 = r0
  r2 = 0
  call bpf_ringbuf_submit
  r0 = 0
  exit
