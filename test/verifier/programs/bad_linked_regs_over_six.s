; about: a bounds check applies to at most six copies of a scalar (the kernel's MAX_LINKED_REGS): r9, the ninth live copy, keeps no bounds and cannot offset a stack pointer
; type: socket_filter
  r6 = *(u32 *)(r1 + 0)
  r0 = r6
  r2 = r6
  r3 = r6
  r4 = r6
  r5 = r6
  r7 = r6
  r8 = r6
  r9 = r6
  if r6 > 10 goto out
  r1 = r10
  r1 += -64
  r1 += r9
  *(u8 *)(r1 + 0) = 0
  r0 += r2
  r0 += r3
  r0 += r4
  r0 += r5
  r0 += r7
  r0 += r8
out:
  r0 = 0
  exit
