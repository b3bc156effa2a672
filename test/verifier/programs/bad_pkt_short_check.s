; about: 14 bytes checked, 4 bytes read at offset 12
; type: xdp

  r2 = *(u32 *)(r1 + 0)
  r3 = *(u32 *)(r1 + 4)
  r4 = r2
  r4 += 14
  if r4 > r3 goto out
  r0 = *(u32 *)(r2 + 12)
  exit
out:
  r0 = 0
  exit
