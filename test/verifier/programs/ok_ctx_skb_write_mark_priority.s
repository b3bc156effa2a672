; about: tc writes __sk_buff->mark, priority and tc_index
; type: sched_cls

  r2 = 1
  *(u32 *)(r1 + 8) = r2
  *(u32 *)(r1 + 32) = r2
  *(u32 *)(r1 + 44) = r2
  r0 = 0
  exit
