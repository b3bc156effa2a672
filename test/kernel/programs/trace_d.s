; about: bpf_trace_printk %d: a 32-bit signed int (the upper half of the register is ignored)
; type: xdp
; packet: 020000000002 020000000001 0800 4500002e000100004011f96ac0a80001c0a80002 30390035001a8629 68656c6c6f2c20627066706c617921210001

  r6 = 0
; "neg %d\n" at r10 - 72
  r1 = 0x000a64252067656e ll
  *(u64 *)(r10 - 72) = r1
  r3 = -5
  r1 = r10
  r1 += -72
  r2 = 8
  call bpf_trace_printk
  r6 <<= 8
  r6 += r0
; "big %d\n" at r10 - 72
  r1 = 0x000a642520676962 ll
  *(u64 *)(r10 - 72) = r1
  r3 = 0x100000007 ll
  r1 = r10
  r1 += -72
  r2 = 8
  call bpf_trace_printk
  r6 <<= 8
  r6 += r0
; "min %d %d\n" at r10 - 80
  r1 = 0x25206425206e696d ll
  *(u64 *)(r10 - 80) = r1
  r1 = 0x0000000000000a64 ll
  *(u64 *)(r10 - 72) = r1
  r3 = 0x80000000
  r4 = 0x7fffffff
  r1 = r10
  r1 += -80
  r2 = 11
  call bpf_trace_printk
  r6 <<= 8
  r6 += r0
  r0 = r6
  exit
