; about: skb->sk cannot be written
; type: sched_cls

  r2 = r1
  r1 = *(u64 *)(r1 + 168)
  if r1 == 0 goto out
  *(u64 *)(r2 + 168) = r1
out:
  r0 = 0
  exit
