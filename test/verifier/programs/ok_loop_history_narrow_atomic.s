; about: a 4-byte atomic add on a 4-byte spill reads it with no register to fill: no entry of the kernel's
; about: history, and the slot becomes data
; type: socket_filter
  r6 = 0
  r7 = 0
  r8 = 1
loop:
  *(u64 *)(r10 - 16) = r7
  r7 = *(u64 *)(r10 - 16)
  *(u64 *)(r10 - 16) = r7
  r7 = *(u64 *)(r10 - 16)
  *(u64 *)(r10 - 16) = r7
  r7 = *(u64 *)(r10 - 16)
  *(u64 *)(r10 - 16) = r7
  r7 = *(u64 *)(r10 - 16)
  *(u64 *)(r10 - 16) = r7
  r7 = *(u64 *)(r10 - 16)
  *(u64 *)(r10 - 16) = r7
  r7 = *(u64 *)(r10 - 16)
  *(u64 *)(r10 - 16) = r7
  r7 = *(u64 *)(r10 - 16)
  *(u64 *)(r10 - 16) = r7
  r7 = *(u64 *)(r10 - 16)
  *(u64 *)(r10 - 16) = r7
  r7 = *(u64 *)(r10 - 16)
  *(u64 *)(r10 - 16) = r7
  r7 = *(u64 *)(r10 - 16)
  *(u64 *)(r10 - 16) = r7
  r7 = *(u64 *)(r10 - 16)
  *(u64 *)(r10 - 16) = r7
  r7 = *(u64 *)(r10 - 16)
  *(u32 *)(r10 - 24) = r8
  lock *(u32 *)(r10 - 24) += r8
  *(u32 *)(r10 - 24) = r8
  lock *(u32 *)(r10 - 24) += r8
  *(u32 *)(r10 - 24) = r8
  lock *(u32 *)(r10 - 24) += r8
  *(u32 *)(r10 - 24) = r8
  lock *(u32 *)(r10 - 24) += r8
  *(u32 *)(r10 - 24) = r8
  lock *(u32 *)(r10 - 24) += r8
  *(u32 *)(r10 - 24) = r8
  lock *(u32 *)(r10 - 24) += r8
  *(u32 *)(r10 - 24) = r8
  lock *(u32 *)(r10 - 24) += r8
  *(u32 *)(r10 - 24) = r8
  lock *(u32 *)(r10 - 24) += r8
  *(u32 *)(r10 - 24) = r8
  lock *(u32 *)(r10 - 24) += r8
  *(u32 *)(r10 - 24) = r8
  lock *(u32 *)(r10 - 24) += r8
  r6 += 1
  if r6 < 30 goto loop
  r0 = 0
  exit
