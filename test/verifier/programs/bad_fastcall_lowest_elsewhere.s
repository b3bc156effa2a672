; about: bpf_fastcall: the pattern must use the function's lowest 8-byte spill offset; a spill at -16 elsewhere makes the one at -8 no pattern
; type: raw_tracepoint

  r1 = 42
  *(u64 *)(r10 - 504) = r1
  call sub
  r0 = 0
  exit
sub:
  *(u64 *)(r10 - 8) = r1
  call 8
  r1 = *(u64 *)(r10 - 8)
  r0 = 0
  if r1 > 5 goto l1
  exit
l1:
  *(u64 *)(r10 - 16) = r1
  exit
