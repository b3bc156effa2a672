; about: bpf_trace_printk %x and %X: hex of the low 32 bits
; type: xdp
; packet: 020000000002 020000000001 0800 4500002e000100004011f96ac0a80001c0a80002 30390035001a8629 68656c6c6f2c20627066706c617921210001

  r6 = 0
; "x %x\n" at r10 - 72
  r1 = 0x0000000a78252078 ll
  *(u64 *)(r10 - 72) = r1
  r3 = 0xdeadbeef
  r1 = r10
  r1 += -72
  r2 = 6
  call bpf_trace_printk
  r6 <<= 8
  r6 += r0
; "X %X\n" at r10 - 72
  r1 = 0x0000000a58252058 ll
  *(u64 *)(r10 - 72) = r1
  r3 = 0xcafef00d
  r1 = r10
  r1 += -72
  r2 = 6
  call bpf_trace_printk
  r6 <<= 8
  r6 += r0
; "x %x %x\n" at r10 - 80
  r1 = 0x0a78252078252078 ll
  *(u64 *)(r10 - 80) = r1
  r1 = 0x0000000000000000 ll
  *(u64 *)(r10 - 72) = r1
  r3 = -1
  r4 = 0x1234567890 ll
  r1 = r10
  r1 += -80
  r2 = 9
  call bpf_trace_printk
  r6 <<= 8
  r6 += r0
  r0 = r6
  exit
