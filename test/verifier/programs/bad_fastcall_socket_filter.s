; about: bpf_fastcall: a socket filter gets the raw bpf_get_smp_processor_id, which is not inlined: the stack stays
; type: socket_filter

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
