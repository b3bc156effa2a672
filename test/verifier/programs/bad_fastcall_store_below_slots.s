; about: bpf_fastcall: a store of an immediate (not a spill, so not counted in the lowest offset) below the pattern's slot breaks the contract
; type: raw_tracepoint

  *(u64 *)(r10 - 8) = r1
  call 8
  r1 = *(u64 *)(r10 - 8)
  *(u64 *)(r10 - 16) = 0
  call sub
  r0 = 0
  exit
sub:
  r1 = 42
  *(u64 *)(r10 - 512) = r1
  r0 = 0
  exit
