; about: bpf_trace_printk width and flags: %5d, %-5d|, %05u, %08x, %+d
; type: xdp
; packet: 020000000002 020000000001 0800 4500002e000100004011f96ac0a80001c0a80002 30390035001a8629 68656c6c6f2c20627066706c617921210001

  r6 = 0
; "[%5d][%-5d]\n" at r10 - 80
  r1 = 0x2d255b5d6435255b ll
  *(u64 *)(r10 - 80) = r1
  r1 = 0x000000000a5d6435 ll
  *(u64 *)(r10 - 72) = r1
  r3 = 42
  r4 = -7
  r1 = r10
  r1 += -80
  r2 = 13
  call bpf_trace_printk
  r6 <<= 8
  r6 += r0
; "[%05u][%08x]\n" at r10 - 80
  r1 = 0x255b5d753530255b ll
  *(u64 *)(r10 - 80) = r1
  r1 = 0x0000000a5d783830 ll
  *(u64 *)(r10 - 72) = r1
  r3 = 12
  r4 = 0xbeef
  r1 = r10
  r1 += -80
  r2 = 14
  call bpf_trace_printk
  r6 <<= 8
  r6 += r0
; "[%+d][% d]\n" at r10 - 80
  r1 = 0x20255b5d642b255b ll
  *(u64 *)(r10 - 80) = r1
  r1 = 0x00000000000a5d64 ll
  *(u64 *)(r10 - 72) = r1
  r3 = 3
  r4 = 4
  r1 = r10
  r1 += -80
  r2 = 12
  call bpf_trace_printk
  r6 <<= 8
  r6 += r0
  r0 = r6
  exit
