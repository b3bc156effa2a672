; about: with strict alignment, a u32 at data + 0 is at 2 mod 4 (NET_IP_ALIGN), so misaligned
; type: xdp
; strict_align: true

  r2 = *(u32 *)(r1 + 0)
  r3 = *(u32 *)(r1 + 4)
  r4 = r2
  r4 += 8
  if r4 > r3 goto out
  r0 = *(u32 *)(r2 + 0)
  exit
out:
  r0 = 0
  exit
