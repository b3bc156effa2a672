; about: bpf_trace_printk %llx, %lx: 64-bit hex
; type: xdp
; packet: 020000000002 020000000001 0800 4500002e000100004011f96ac0a80001c0a80002 30390035001a8629 68656c6c6f2c20627066706c617921210001

  r6 = 0
; "llx %llx\n" at r10 - 80
  r1 = 0x786c6c2520786c6c ll
  *(u64 *)(r10 - 80) = r1
  r1 = 0x000000000000000a ll
  *(u64 *)(r10 - 72) = r1
  r3 = 0x0123456789abcdef ll
  r1 = r10
  r1 += -80
  r2 = 10
  call bpf_trace_printk
  r6 <<= 8
  r6 += r0
; "lx %lx %llX\n" at r10 - 80
  r1 = 0x2520786c2520786c ll
  *(u64 *)(r10 - 80) = r1
  r1 = 0x000000000a586c6c ll
  *(u64 *)(r10 - 72) = r1
  r3 = -1
  r4 = 0xabcdef0123 ll
  r1 = r10
  r1 += -80
  r2 = 13
  call bpf_trace_printk
  r6 <<= 8
  r6 += r0
  r0 = r6
  exit
