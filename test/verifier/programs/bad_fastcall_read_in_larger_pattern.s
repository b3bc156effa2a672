; about: bpf_fastcall: a read of the larger pattern's upper slot (-24) from outside it breaks the contract: depth 32
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
  r4 = *(u64 *)(r10 - 24)
  r0 = 0
  exit
