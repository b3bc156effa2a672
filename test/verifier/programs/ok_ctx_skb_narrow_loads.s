; about: narrow loads of __sk_buff fields: a byte of len, half of protocol
; type: sched_cls

  r0 = *(u8 *)(r1 + 0)
  r2 = *(u16 *)(r1 + 16)
  r3 = *(u8 *)(r1 + 9)
  r0 += r2
  r0 += r3
  exit
