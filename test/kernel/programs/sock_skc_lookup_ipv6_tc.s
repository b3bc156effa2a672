; about: bpf_skc_lookup_tcp with an IPv6 tuple (36 bytes) and a bad size (5): NULL both times
; type: sched_cls
; packet: 020000000002 020000000001 86dd 6000000000081140 20010db8000000000000000000000001 20010db8000000000000000000000002 3039003500088629

  r6 = r1
  r7 = 0
  *(u64 *)(r10 - 40) = 0
  *(u64 *)(r10 - 32) = 0
  *(u64 *)(r10 - 24) = 0
  *(u64 *)(r10 - 16) = 0
  *(u64 *)(r10 - 8) = 0
  r2 = r10
  r2 += -40
  r3 = 36
  r4 = -1
  r5 = 0
  call bpf_skc_lookup_tcp
  if r0 == 0 goto next
  r1 = r0
  call bpf_sk_release
  r7 |= 1
next:
  r1 = r6
  r2 = r10
  r2 += -40
  r3 = 5
  r4 = -1
  r5 = 0
  call bpf_skc_lookup_tcp
  if r0 == 0 goto out
  r1 = r0
  call bpf_sk_release
  r7 |= 2
out:
  r0 = r7
  r0 += 40
  exit
