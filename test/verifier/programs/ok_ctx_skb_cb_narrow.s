; about: narrow reads of __sk_buff->cb[] in tc
; type: sched_cls

  r0 = *(u8 *)(r1 + 48)
  r2 = *(u16 *)(r1 + 50)
  r0 += r2
  exit
