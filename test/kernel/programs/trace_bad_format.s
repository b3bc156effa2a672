; about: bpf_trace_printk rejects at run time: %n, %q, more than 3 arguments: returns -22 and prints nothing
; type: xdp
; packet: 020000000002 020000000001 0800 4500002e000100004011f96ac0a80001c0a80002 30390035001a8629 68656c6c6f2c20627066706c617921210001

  r6 = 0
; "bad %n\n" at r10 - 72
  r1 = 0x000a6e2520646162 ll
  *(u64 *)(r10 - 72) = r1
  r3 = 1
  r1 = r10
  r1 += -72
  r2 = 8
  call bpf_trace_printk
  r6 <<= 8
  r6 += r0
; "bad %q\n" at r10 - 72
  r1 = 0x000a712520646162 ll
  *(u64 *)(r10 - 72) = r1
  r3 = 1
  r1 = r10
  r1 += -72
  r2 = 8
  call bpf_trace_printk
  r6 <<= 8
  r6 += r0
; "four %d %d %d %d\n" at r10 - 88
  r1 = 0x2064252072756f66 ll
  *(u64 *)(r10 - 88) = r1
  r1 = 0x6425206425206425 ll
  *(u64 *)(r10 - 80) = r1
  r1 = 0x000000000000000a ll
  *(u64 *)(r10 - 72) = r1
  r3 = 1
  r4 = 2
  r5 = 3
  r1 = r10
  r1 += -88
  r2 = 18
  call bpf_trace_printk
  r6 <<= 8
  r6 += r0
; "ok %d\n" at r10 - 72
  r1 = 0x00000a6425206b6f ll
  *(u64 *)(r10 - 72) = r1
  r3 = 9
  r1 = r10
  r1 += -72
  r2 = 7
  call bpf_trace_printk
  r6 <<= 8
  r6 += r0
  r0 = r6
  exit
