; about: raw_tracepoint reads its u64 arguments
; type: raw_tracepoint

  r0 = *(u64 *)(r1 + 0)
  r2 = *(u64 *)(r1 + 8)
  r0 += r2
  exit
