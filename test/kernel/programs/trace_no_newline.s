; about: bpf_trace_printk without a trailing newline: still one line each
; type: xdp
; packet: 020000000002 020000000001 0800 4500002e000100004011f96ac0a80001c0a80002 30390035001a8629 68656c6c6f2c20627066706c617921210001

  r6 = 0
; "no newline %d" at r10 - 80
  r1 = 0x696c77656e206f6e ll
  *(u64 *)(r10 - 80) = r1
  r1 = 0x000000642520656e ll
  *(u64 *)(r10 - 72) = r1
  r3 = 1
  r1 = r10
  r1 += -80
  r2 = 14
  call bpf_trace_printk
  r6 <<= 8
  r6 += r0
; "second" at r10 - 72
  r1 = 0x0000646e6f636573 ll
  *(u64 *)(r10 - 72) = r1
  r1 = r10
  r1 += -72
  r2 = 7
  call bpf_trace_printk
  r6 <<= 8
  r6 += r0
  r0 = r6
  exit
