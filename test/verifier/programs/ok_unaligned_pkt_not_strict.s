; about: without strict alignment, a u32 at data + 1 is fine
; type: xdp

  r2 = *(u32 *)(r1 + 0)
  r3 = *(u32 *)(r1 + 4)
  r4 = r2
  r4 += 8
  if r4 > r3 goto out
  r0 = *(u32 *)(r2 + 1)
  exit
out:
  r0 = 0
  exit
