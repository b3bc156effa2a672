; about: bpf_trace_printk with three arguments of mixed kinds, twice, in order
; type: xdp
; packet: 020000000002 020000000001 0800 4500002e000100004011f96ac0a80001c0a80002 30390035001a8629 68656c6c6f2c20627066706c617921210001

  r6 = 0
; "a=%d b=%u c=%x\n" at r10 - 80
  r1 = 0x253d622064253d61 ll
  *(u64 *)(r10 - 80) = r1
  r1 = 0x000a78253d632075 ll
  *(u64 *)(r10 - 72) = r1
  r3 = -1
  r4 = -1
  r5 = -1
  r1 = r10
  r1 += -80
  r2 = 16
  call bpf_trace_printk
  r6 <<= 8
  r6 += r0
; "a=%lld b=%llu c=%llx\n" at r10 - 88
  r1 = 0x6220646c6c253d61 ll
  *(u64 *)(r10 - 88) = r1
  r1 = 0x3d6320756c6c253d ll
  *(u64 *)(r10 - 80) = r1
  r1 = 0x0000000a786c6c25 ll
  *(u64 *)(r10 - 72) = r1
  r3 = -1
  r4 = -1
  r5 = -1
  r1 = r10
  r1 += -88
  r2 = 22
  call bpf_trace_printk
  r6 <<= 8
  r6 += r0
  r0 = r6
  exit
