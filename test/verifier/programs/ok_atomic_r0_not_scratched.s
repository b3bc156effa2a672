; about: an atomic operation on the stack prints (scratches) r0 after it only when it is a cmpxchg, which compares r0 with memory; add, fetch_add, xchg and fetch_or leave r0 out of the line, 64- and 32-bit (bpfplay printed R0=1 after each)
; type: socket_filter
  r0 = 1
  *(u64 *)(r10 - 8) = 0
  r2 = 1
  lock *(u64 *)(r10 - 8) += r2
  r2 = atomic_fetch_add((u64 *)(r10 - 8), r2)
  r2 = xchg_64(r10 - 8, r2)
  w2 = 1
  lock *(u32 *)(r10 - 8) += w2
  w2 = atomic_fetch_or((u32 *)(r10 - 8), w2)
  r0 = cmpxchg_64(r10 - 8, r0, r2)
  r0 = 0
  exit
