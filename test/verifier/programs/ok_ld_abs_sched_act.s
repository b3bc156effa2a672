; about: LD_ABS on a tc action program, one of the three types that may use it
; type: sched_act

  r6 = r1
  r0 = *(u32 *)skb[26]
  r0 = 0
  exit
