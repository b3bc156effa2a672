; about: a raw tracepoint program that prints its first argument with bpf_trace_printk
; type: raw_tracepoint
; ctx: 2a00000000000000

  r3 = *(u64 *)(r1 + 0)
  r1 = 0x000a64252067 ll        ; "g %d\n"
  *(u64 *)(r10 - 8) = r1
  r1 = r10
  r1 += -8
  r2 = 6
  call bpf_trace_printk
  exit
