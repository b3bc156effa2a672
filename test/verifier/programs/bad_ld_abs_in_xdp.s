; about: legacy packet loads are for socket filters and tc, not xdp
; type: xdp

  r6 = r1
  r0 = *(u8 *)skb[12]
  exit
