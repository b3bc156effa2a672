; about: 32-bit atomic fetch-and, fetch-or and fetch-xor on the stack
; type: xdp

  *(u32 *)(r10 - 4) = 0xff
  w1 = 0x0f
  w1 = atomic_fetch_and((u32 *)(r10 - 4), w1)
  w2 = 0x100
  w2 = atomic_fetch_or((u32 *)(r10 - 4), w2)
  w3 = 1
  w3 = atomic_fetch_xor((u32 *)(r10 - 4), w3)
  r0 = *(u32 *)(r10 - 4)
  exit
