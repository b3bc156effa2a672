; about: bpf_trace_printk with newlines inside and doubled: a message is the formatted text without its trailing newlines
; type: xdp
; packet: 020000000002 020000000001 0800 4500002e000100004011f96ac0a80001c0a80002 30390035001a8629 68656c6c6f2c20627066706c617921210001

  r6 = 0
; "a\nb %d\n" at r10 - 72
  r1 = 0x000a642520620a61 ll
  *(u64 *)(r10 - 72) = r1
  r3 = 1
  r1 = r10
  r1 += -72
  r2 = 8
  call bpf_trace_printk
  r6 <<= 8
  r6 += r0
; "two\n\n" at r10 - 72
  r1 = 0x0000000a0a6f7774 ll
  *(u64 *)(r10 - 72) = r1
  r1 = r10
  r1 += -72
  r2 = 6
  call bpf_trace_printk
  r6 <<= 8
  r6 += r0
; "\n\nx\n" at r10 - 72
  r1 = 0x000000000a780a0a ll
  *(u64 *)(r10 - 72) = r1
  r1 = r10
  r1 += -72
  r2 = 5
  call bpf_trace_printk
  r6 <<= 8
  r6 += r0
; "tab\tend" at r10 - 72
  r1 = 0x00646e6509626174 ll
  *(u64 *)(r10 - 72) = r1
  r1 = r10
  r1 += -72
  r2 = 8
  call bpf_trace_printk
  r6 <<= 8
  r6 += r0
  r0 = r6
  exit
