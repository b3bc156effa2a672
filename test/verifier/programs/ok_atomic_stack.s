; about: atomic add, or, fetch-add, xchg and cmpxchg on the stack
; type: xdp

  *(u64 *)(r10 - 8) = 0
  *(u32 *)(r10 - 12) = 0
  r1 = 1
  lock *(u64 *)(r10 - 8) += r1
  lock *(u64 *)(r10 - 8) |= r1
  r2 = 2
  r2 = atomic_fetch_add((u64 *)(r10 - 8), r2)
  w3 = 3
  w3 = xchg32_32(r10 - 12, w3)
  r0 = 0
  r4 = 4
  r0 = cmpxchg_64(r10 - 8, r0, r4)
  exit
