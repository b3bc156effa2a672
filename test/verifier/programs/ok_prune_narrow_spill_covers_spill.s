; about: pruning compares stack slots byte by byte as the kernel's stacksafe does: a 4-byte spill covers an 8-byte spill of the same register, as the explored path never wrote the bytes above its spill, and the spilled registers compare (imprecise: any); the second path is safe at 9 (bpfplay wanted spills of the same width and walked it to the end)
; type: socket_filter
  r6 = *(u32 *)(r1 + 0)
  r7 = *(u32 *)(r1 + 4)
  r9 = 0
  if r6 > 5 goto a
  *(u32 *)(r10 - 8) = r7
  *(u32 *)(r10 - 16) = r7
  goto j
a:
  *(u64 *)(r10 - 8) = r7
  *(u64 *)(r10 - 16) = r7
j:
  r4 = *(u64 *)(r10 - 8)
  r4 = *(u32 *)(r10 - 16)
  r0 = 0
  exit
