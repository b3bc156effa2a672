; about: bpf_fastcall: a pattern around a helper that is not inlined (bpf_get_prandom_u32) keeps the function's stack
; type: raw_tracepoint

  r1 = 42
  *(u64 *)(r10 - 512) = r1
  call sub
  r0 = 0
  exit
sub:
  *(u64 *)(r10 - 8) = r1
  call 8
  r1 = *(u64 *)(r10 - 8)
  *(u64 *)(r10 - 8) = r1
  call 7
  r1 = *(u64 *)(r10 - 8)
  r0 = 0
  exit
