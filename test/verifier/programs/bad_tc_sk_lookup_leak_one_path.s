; about: the socket is released on one path only
; type: sched_cls

  *(u64 *)(r10 - 16) = 0
  *(u32 *)(r10 - 8) = 0
  r2 = r10
  r2 += -16
  r3 = 12
  r4 = -1
  r5 = 0
  r6 = r1
  call bpf_sk_lookup_tcp
  if r0 == 0 goto out
  r1 = *(u32 *)(r6 + 0)
  if r1 > 100 goto out
  r1 = r0
  call bpf_sk_release
out:
  r0 = 0
  exit
