; about: bpf_trace_printk %s with a string on the stack, and an empty one
; type: xdp
; packet: 020000000002 020000000001 0800 4500002e000100004011f96ac0a80001c0a80002 30390035001a8629 68656c6c6f2c20627066706c617921210001

; "world" at r10 - 16
  r1 = 0x000000646c726f77 ll
  *(u64 *)(r10 - 16) = r1
  *(u64 *)(r10 - 24) = 0
; "hello %s!\n" at r10 - 48
  r1 = 0x7325206f6c6c6568 ll
  *(u64 *)(r10 - 48) = r1
  r1 = 0x0000000000000a21 ll
  *(u64 *)(r10 - 40) = r1
  r1 = r10
  r1 += -48
  r2 = 11
  r3 = r10
  r3 += -16
  call bpf_trace_printk
  r6 = r0
; "[%s] %d\n" at r10 - 64
  r1 = 0x0a6425205d73255b ll
  *(u64 *)(r10 - 64) = r1
  r1 = 0x0000000000000000 ll
  *(u64 *)(r10 - 56) = r1
  r1 = r10
  r1 += -64
  r2 = 9
  r3 = r10
  r3 += -24
  r4 = 5
  call bpf_trace_printk
  r6 <<= 8
  r0 += r6
  exit
