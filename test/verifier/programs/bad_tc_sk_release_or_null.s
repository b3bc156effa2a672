; about: the lookup's result goes to bpf_sk_release before its NULL check
; type: sched_cls

  *(u64 *)(r10 - 16) = 0
  *(u32 *)(r10 - 8) = 0
  r2 = r10
  r2 += -16
  r3 = 12
  r4 = -1
  r5 = 0
  call bpf_sk_lookup_tcp
  r1 = r0
  call bpf_sk_release
  r0 = 0
  exit
