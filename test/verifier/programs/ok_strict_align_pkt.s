; about: with strict alignment, u16 at data + 12 and u32 at data + 26 are aligned (NET_IP_ALIGN is 2)
; type: xdp
; strict_align: true

  r2 = *(u32 *)(r1 + 0)
  r3 = *(u32 *)(r1 + 4)
  r4 = r2
  r4 += 34
  if r4 > r3 goto out
  r0 = *(u16 *)(r2 + 12)
  r5 = *(u32 *)(r2 + 26)
  r5 = *(u32 *)(r2 + 30)
  exit
out:
  r0 = 0
  exit
