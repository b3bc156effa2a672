; about: comparing a packet pointer with another packet pointer, not data_end, proves nothing
; type: xdp

  r2 = *(u32 *)(r1 + 0)
  r3 = r2
  r3 += 100
  r4 = r2
  r4 += 14
  if r4 > r3 goto out
  r0 = *(u16 *)(r2 + 12)
  exit
out:
  r0 = 0
  exit
