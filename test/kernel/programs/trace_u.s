; about: bpf_trace_printk %u and %i
; type: xdp
; packet: 020000000002 020000000001 0800 4500002e000100004011f96ac0a80001c0a80002 30390035001a8629 68656c6c6f2c20627066706c617921210001

  r6 = 0
; "u %u\n" at r10 - 72
  r1 = 0x0000000a75252075 ll
  *(u64 *)(r10 - 72) = r1
  r3 = -1
  r1 = r10
  r1 += -72
  r2 = 6
  call bpf_trace_printk
  r6 <<= 8
  r6 += r0
; "i %i\n" at r10 - 72
  r1 = 0x0000000a69252069 ll
  *(u64 *)(r10 - 72) = r1
  r3 = -1
  r1 = r10
  r1 += -72
  r2 = 6
  call bpf_trace_printk
  r6 <<= 8
  r6 += r0
; "u %u %u %u\n" at r10 - 80
  r1 = 0x2075252075252075 ll
  *(u64 *)(r10 - 80) = r1
  r1 = 0x00000000000a7525 ll
  *(u64 *)(r10 - 72) = r1
  r3 = 0
  r4 = 0x1ffffffff ll
  r5 = 42
  r1 = r10
  r1 += -80
  r2 = 12
  call bpf_trace_printk
  r6 <<= 8
  r6 += r0
  r0 = r6
  exit
