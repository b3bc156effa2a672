; about: the ctx pointer spilled to the stack and filled back keeps its type
; type: xdp

  *(u64 *)(r10 - 8) = r1
  r1 = 0
  r6 = *(u64 *)(r10 - 8)
  r0 = *(u32 *)(r6 + 16)
  exit
