; about: bpf_fastcall: a jump to the first spill of a pattern is fine
; type: raw_tracepoint

  r1 = 42
  *(u64 *)(r10 - 512) = r1
  call sub
  r0 = 0
  exit
sub:
  r2 = 1
  if r1 > 5 goto l1
  r2 = 2
l1:
  *(u64 *)(r10 - 8) = r2
  call 8
  r2 = *(u64 *)(r10 - 8)
  r0 = 0
  exit
