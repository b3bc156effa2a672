; about: bpf_trace_printk %lld and %ld: 64-bit signed
; type: xdp
; packet: 020000000002 020000000001 0800 4500002e000100004011f96ac0a80001c0a80002 30390035001a8629 68656c6c6f2c20627066706c617921210001

  r6 = 0
; "lld %lld\n" at r10 - 80
  r1 = 0x646c6c2520646c6c ll
  *(u64 *)(r10 - 80) = r1
  r1 = 0x000000000000000a ll
  *(u64 *)(r10 - 72) = r1
  r3 = -1
  r1 = r10
  r1 += -80
  r2 = 10
  call bpf_trace_printk
  r6 <<= 8
  r6 += r0
; "ld %ld\n" at r10 - 72
  r1 = 0x000a646c2520646c ll
  *(u64 *)(r10 - 72) = r1
  r3 = 0x8000000000000000 ll
  r1 = r10
  r1 += -72
  r2 = 8
  call bpf_trace_printk
  r6 <<= 8
  r6 += r0
; "lld %lld\n" at r10 - 80
  r1 = 0x646c6c2520646c6c ll
  *(u64 *)(r10 - 80) = r1
  r1 = 0x000000000000000a ll
  *(u64 *)(r10 - 72) = r1
  r3 = 0x7fffffffffffffff ll
  r1 = r10
  r1 += -80
  r2 = 10
  call bpf_trace_printk
  r6 <<= 8
  r6 += r0
  r0 = r6
  exit
