; about: a bounds check followed by reads at every offset inside the checked range
; type: xdp

  r2 = *(u32 *)(r1 + 0)
  r3 = *(u32 *)(r1 + 4)
  r4 = r2
  r4 += 34
  if r4 > r3 goto out
  r0 = *(u8 *)(r2 + 0)
  r5 = *(u16 *)(r2 + 12)
  r5 = *(u32 *)(r2 + 26)
  r5 = *(u32 *)(r2 + 30)
  r5 = *(u64 *)(r2 + 26)
  exit
out:
  r0 = 0
  exit
