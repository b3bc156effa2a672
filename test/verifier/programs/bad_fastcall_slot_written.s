; about: bpf_fastcall: a store into the pattern's slot breaks the contract: the slot stays in the depth
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
  *(u32 *)(r10 - 4) = 7
  exit
