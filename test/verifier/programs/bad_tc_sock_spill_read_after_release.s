; about: a socket pointer spilled to the stack is released too: the fill is a plain number
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
  *(u64 *)(r10 - 24) = r0
  r1 = r0
  call bpf_sk_release
  r1 = *(u64 *)(r10 - 24)
  r0 = *(u32 *)(r1 + 4)
out:
  r0 = 0
  exit
