; about: checking data_end - data >= 14 as a scalar does not give packet pointers a range
; type: xdp

  r2 = *(u32 *)(r1 + 0)
  r3 = *(u32 *)(r1 + 4)
  r4 = r3
  r4 -= r2
  if r4 < 14 goto out
  r0 = *(u16 *)(r2 + 12)
  exit
out:
  r0 = 0
  exit
