; about: legacy packet loads in tc
; type: sched_cls

  r6 = r1
  r0 = *(u32 *)skb[26]
  exit
