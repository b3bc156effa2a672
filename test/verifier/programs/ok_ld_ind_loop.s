; about: legacy indirect packet loads in a bounded loop
; type: socket_filter

  r6 = r1
  r7 = 0
  r8 = 0
loop:
  r0 = *(u8 *)skb[r7 + 0]
  r8 += r0
  r7 += 1
  if r7 < 4 goto loop
  r0 = r8
  exit
