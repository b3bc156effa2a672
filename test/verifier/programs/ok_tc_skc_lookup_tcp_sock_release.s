; about: bpf_tcp_sock of a looked-up socket holds the same reference: releasing either pointer releases it
; type: sched_cls

  *(u64 *)(r10 - 16) = 0
  *(u32 *)(r10 - 8) = 0
  r2 = r10
  r2 += -16
  r3 = 12
  r4 = -1
  r5 = 0
  call bpf_skc_lookup_tcp
  if r0 == 0 goto out
  r6 = r0
  r1 = r0
  call bpf_tcp_sock
  if r0 == 0 goto release_sk
  r1 = *(u32 *)(r0 + 4)
  r1 = r0
  call bpf_sk_release
  r0 = 0
  exit
release_sk:
  r1 = r6
  call bpf_sk_release
out:
  r0 = 0
  exit
