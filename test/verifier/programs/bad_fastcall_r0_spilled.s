; about: bpf_fastcall: bpf_get_smp_processor_id returns a value in r0, so r0's spill and fill are no pattern
; type: raw_tracepoint

  r1 = 42
  *(u64 *)(r10 - 512) = r1
  call sub
  r0 = 0
  exit
sub:
  r0 = 1
  *(u64 *)(r10 - 8) = r0
  call 8
  r0 = *(u64 *)(r10 - 8)
  exit
