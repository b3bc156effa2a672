; about: bpf_get_current_task in a raw tracepoint's test run: a kernel address (top 16 bits set), aligned to 64 bytes, the same on a second call; bits of r0, never the address
; type: raw_tracepoint
; ctx: 0100000000000000

  call bpf_get_current_task
  r6 = r0
  call bpf_get_current_task
  r1 = 0
  if r0 != r6 goto same
  r1 |= 1
same:
  r2 = r6
  r2 >>= 48
  if r2 != 0xffff goto kernel
  r1 |= 2
kernel:
  r2 = r6
  r2 &= 63
  if r2 != 0 goto aligned
  r1 |= 4
aligned:
  r0 = r1
  exit
