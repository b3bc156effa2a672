; about: socket fields are read only: a store into bpf_sock is refused
; type: sched_cls

  *(u64 *)(r10 - 16) = 0
  *(u32 *)(r10 - 8) = 0
  r2 = r10
  r2 += -16
  r3 = 12
  r4 = -1
  r5 = 0
  call bpf_sk_lookup_tcp
  if r0 == 0 goto out
  *(u32 *)(r0 + 16) = 1
  r1 = r0
  call bpf_sk_release
out:
  r0 = 0
  exit
