; about: sk_skb direct packet read without a check
; type: sk_skb

  r2 = *(u32 *)(r1 + 76)
  r0 = *(u8 *)(r2 + 0)
  exit
