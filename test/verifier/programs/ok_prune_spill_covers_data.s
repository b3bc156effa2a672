; about: pruning compares stack slots as the kernel's stacksafe does: a whole spilled scalar that the explored path did not need precise covers a slot of data, as both load as a scalar (scalar_reg_for_stack), so the second path is safe at 14 (bpfplay wanted the same kind of byte and walked it to the end)
; type: socket_filter
  r6 = *(u32 *)(r1 + 0)
  r7 = *(u32 *)(r1 + 4)
  r9 = 0
  if r6 > 5 goto a
  r8 = r7
  r8 <<= 32
  r8 |= r7
  *(u64 *)(r10 - 8) = r8
  *(u64 *)(r10 - 16) = r8
  goto j
a:
  *(u32 *)(r10 - 8) = r7
  *(u32 *)(r10 - 4) = r7
  *(u32 *)(r10 - 16) = r7
  *(u32 *)(r10 - 12) = r7
j:
  r4 = *(u64 *)(r10 - 8)
  r4 = *(u32 *)(r10 - 16)
  r0 = 0
  exit
