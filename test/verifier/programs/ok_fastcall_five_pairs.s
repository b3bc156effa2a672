; about: bpf_fastcall: r1-r5 spilled around bpf_get_smp_processor_id in a tc program: all five pairs leave the depth
; type: sched_cls

  r1 = 42
  *(u64 *)(r10 - 512) = r1
  call sub
  r0 = 0
  exit
sub:
  r1 = 1
  r2 = 2
  r3 = 3
  r4 = 4
  r5 = 5
  *(u64 *)(r10 - 8) = r5
  *(u64 *)(r10 - 16) = r4
  *(u64 *)(r10 - 24) = r3
  *(u64 *)(r10 - 32) = r2
  *(u64 *)(r10 - 40) = r1
  call 8
  r1 = *(u64 *)(r10 - 40)
  r2 = *(u64 *)(r10 - 32)
  r3 = *(u64 *)(r10 - 24)
  r4 = *(u64 *)(r10 - 16)
  r5 = *(u64 *)(r10 - 8)
  r0 = r1
  exit
