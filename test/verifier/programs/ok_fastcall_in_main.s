; about: bpf_fastcall: the main function's pattern leaves its depth (0), so its callee may use 512 bytes
; type: raw_tracepoint

  *(u64 *)(r10 - 8) = r1
  call 8
  r1 = *(u64 *)(r10 - 8)
  call sub
  r0 = 0
  exit
sub:
  r1 = 42
  *(u64 *)(r10 - 512) = r1
  r0 = 0
  exit
