; about: atomic add into the ctx
; type: sched_cls

  r2 = 1
  lock *(u32 *)(r1 + 8) += w2
  r0 = 0
  exit
