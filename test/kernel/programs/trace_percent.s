; about: bpf_trace_printk %% and %c
; type: xdp
; packet: 020000000002 020000000001 0800 4500002e000100004011f96ac0a80001c0a80002 30390035001a8629 68656c6c6f2c20627066706c617921210001

  r6 = 0
; "100%%\n" at r10 - 72
  r1 = 0x00000a2525303031 ll
  *(u64 *)(r10 - 72) = r1
  r1 = r10
  r1 += -72
  r2 = 7
  call bpf_trace_printk
  r6 <<= 8
  r6 += r0
; "%c%c%c\n" at r10 - 72
  r1 = 0x000a632563256325 ll
  *(u64 *)(r10 - 72) = r1
  r3 = 0x41
  r4 = 0x62
  r5 = 0x163
  r1 = r10
  r1 += -72
  r2 = 8
  call bpf_trace_printk
  r6 <<= 8
  r6 += r0
  r0 = r6
  exit
