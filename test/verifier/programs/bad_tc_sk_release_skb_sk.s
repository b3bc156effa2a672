; about: skb->sk was not acquired by the program, so it may not be released
; type: sched_cls

  r1 = *(u64 *)(r1 + 168)
  if r1 == 0 goto out
  call bpf_sk_release
out:
  r0 = 0
  exit
