; about: a socket filter returns how many bytes to keep: skb->len
; type: socket_filter

  r0 = *(u32 *)(r1 + 0)
  exit
