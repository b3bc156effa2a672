; about: a checked packet pointer passed to a subprogram keeps its range
; type: xdp

  r2 = *(u32 *)(r1 + 0)
  r3 = *(u32 *)(r1 + 4)
  r4 = r2
  r4 += 14
  if r4 > r3 goto out
  r1 = r2
  call f
  exit
out:
  r0 = 0
  exit
f:
  r0 = *(u16 *)(r1 + 12)
  exit
