; about: bpf_fastcall: a helper writing the pattern's slot (bpf_probe_read_kernel) breaks the contract
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
  r1 = r10
  r1 += -8
  r2 = 8
  r3 = 0
  call 113
  r0 = 0
  exit
