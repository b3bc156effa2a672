; about: bpf_trace_printk with the format on the stack
; type: xdp

  r1 = 0x0a6968 ll
  *(u64 *)(r10 - 8) = r1
  r1 = r10
  r1 += -8
  r2 = 4
  call bpf_trace_printk
  r0 = 2
  exit
