; about: bpf_fastcall: of two patterns (2 pairs, then 1), the larger sets where the slots end: depth 16 (as Linux 6.18 answered)
; type: raw_tracepoint

  r1 = 42
  *(u64 *)(r10 - 496) = r1
  call sub
  r0 = 0
  exit
sub:
  r1 = 1
  r2 = 2
  *(u64 *)(r10 - 24) = r2
  *(u64 *)(r10 - 32) = r1
  call 8
  r1 = *(u64 *)(r10 - 32)
  r2 = *(u64 *)(r10 - 24)
  r0 = 0
  *(u64 *)(r10 - 32) = r1
  call 8
  r1 = *(u64 *)(r10 - 32)
  r0 = 0
  exit
