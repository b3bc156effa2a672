; about: __sk_buff->len is read-only in tc
; type: sched_cls

  r2 = 0
  *(u32 *)(r1 + 0) = r2
  r0 = 0
  exit
