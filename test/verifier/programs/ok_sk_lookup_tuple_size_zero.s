; about: a socket lookup with a tuple size of 0: the kernel (6.18) takes a zero size there, and the lookup finds nothing
; type: sched_cls

  *(u64 *)(r10 - 48) = 0
  *(u64 *)(r10 - 40) = 0
  *(u64 *)(r10 - 32) = 0
  *(u64 *)(r10 - 24) = 0
  *(u64 *)(r10 - 16) = 0
  *(u64 *)(r10 - 8) = 0
  r2 = r10
  r2 += -48
  r3 = 0
  r4 = 0
  r5 = 0
  call bpf_sk_lookup_tcp
  if r0 == 0 goto +2
  r1 = r0
  call bpf_sk_release
  r0 = 0
  exit
