; about: an sk_skb program reads __sk_buff->len and returns SK_PASS
; type: sk_skb

  r2 = *(u32 *)(r1 + 0)
  r0 = 1
  exit
