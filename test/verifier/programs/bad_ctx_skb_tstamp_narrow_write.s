; about: sched_cls may write __sk_buff->tstamp only as a whole u64
; type: sched_cls

  r2 = 0
  *(u32 *)(r1 + 152) = r2
  r0 = 0
  exit
