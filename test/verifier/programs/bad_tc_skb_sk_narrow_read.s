; about: skb->sk is read as a whole 8-byte pointer only
; type: sched_cls

  r1 = *(u32 *)(r1 + 168)
  r0 = 0
  exit
