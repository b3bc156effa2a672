; about: legacy packet loads read the skb from r6, which must hold the ctx
; type: socket_filter

  r6 = 0
  r0 = *(u8 *)skb[12]
  exit
