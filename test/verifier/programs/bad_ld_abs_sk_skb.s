; about: LD_ABS on an sk_skb program: its context is an skb, but only socket filters and tc programs may use LD_ABS/LD_IND
; type: sk_skb

  r6 = r1
  r0 = *(u32 *)skb[26]
  r0 = 0
  exit
