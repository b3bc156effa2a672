; about: bpf_fastcall: the spill and fill of r1 around bpf_get_smp_processor_id (inlined) leave the callee's stack depth, so 512 + 8 bytes fit
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
  r0 = 0
  exit
