; about: data_end spilled to the stack and filled back still bounds the packet
; type: xdp

  r2 = *(u32 *)(r1 + 0)
  r3 = *(u32 *)(r1 + 4)
  *(u64 *)(r10 - 8) = r3
  r3 = 0
  r5 = *(u64 *)(r10 - 8)
  r4 = r2
  r4 += 2
  if r4 > r5 goto out
  r0 = *(u16 *)(r2 + 0)
  exit
out:
  r0 = 0
  exit
