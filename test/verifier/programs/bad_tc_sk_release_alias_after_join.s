; about: after the join r7 may be a second socket or a copy of r6: releasing r6 then r7 fails on the copy path, which must not be pruned against the other
; type: sched_cls

  r9 = r1
  *(u64 *)(r10 - 16) = 0
  *(u32 *)(r10 - 8) = 0
  r1 = r9
  r2 = r10
  r2 += -16
  r3 = 12
  r4 = -1
  r5 = 0
  call bpf_sk_lookup_tcp
  if r0 == 0 goto out
  r6 = r0
  r1 = r9
  r2 = r10
  r2 += -16
  r3 = 12
  r4 = -1
  r5 = 0
  call bpf_sk_lookup_tcp
  if r0 == 0 goto rel6
  r8 = *(u32 *)(r9 + 0)
  if r8 > 100 goto same
  r7 = r0
  r8 = 0
  goto join
same:
  r7 = r6
  r8 = 0
join:
  r1 = r6
  call bpf_sk_release
  r1 = r7
  call bpf_sk_release
  r0 = 0
  exit
rel6:
  r1 = r6
  call bpf_sk_release
out:
  r0 = 0
  exit
