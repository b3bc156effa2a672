; about: bpf_fastcall: another read of the pattern's slot breaks the contract: the slot stays in the depth (512 + 16)
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
  r2 = *(u32 *)(r10 - 8)
  r0 = 0
  exit
