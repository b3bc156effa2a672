; about: socket filters may not read skb->data
; type: socket_filter

  r2 = *(u32 *)(r1 + 76)
  r0 = 0
  exit
