; about: bpf_fastcall: a store at a variable offset above the pattern's slot keeps the contract: the callee's depth is 8
; type: raw_tracepoint

  r1 = 42
  *(u64 *)(r10 - 496) = r1
  call sub
  r0 = 0
  exit
sub:
  r6 = r1
  *(u64 *)(r10 - 16) = r1
  call 8
  r1 = *(u64 *)(r10 - 16)
  r6 &= 4
  r2 = r10
  r2 += -8
  r2 += r6
  *(u8 *)(r2 + 0) = 1
  r0 = 0
  exit
