; about: a tracepoint reads its context as raw bytes
; type: tracepoint

  r0 = *(u64 *)(r1 + 8)
  r2 = *(u32 *)(r1 + 16)
  r0 += r2
  exit
