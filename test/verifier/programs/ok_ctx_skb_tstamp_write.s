; about: tc writes __sk_buff->tstamp as a u64
; type: sched_cls

  r2 = 0
  *(u64 *)(r1 + 152) = r2
  r0 = 0
  exit
