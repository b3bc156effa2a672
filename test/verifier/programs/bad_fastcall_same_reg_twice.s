; about: bpf_fastcall: a register spilled twice around one call: the second pair is no pattern and breaks the contract
; type: raw_tracepoint

  r1 = 42
  *(u64 *)(r10 - 512) = r1
  call sub
  r0 = 0
  exit
sub:
  *(u64 *)(r10 - 8) = r1
  *(u64 *)(r10 - 16) = r1
  call 8
  r1 = *(u64 *)(r10 - 16)
  r1 = *(u64 *)(r10 - 8)
  r0 = 0
  exit
