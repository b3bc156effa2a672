; about: bpf_fastcall: a callee writing the caller's pattern slot through a pointer breaks the caller's contract
; type: raw_tracepoint

  *(u64 *)(r10 - 8) = r1
  call 8
  r1 = *(u64 *)(r10 - 8)
  r1 = r10
  r1 += -8
  call sub
  r0 = 0
  exit
sub:
  r2 = 42
  *(u64 *)(r10 - 512) = r2
  *(u32 *)(r1 + 0) = 1
  r0 = 0
  exit
