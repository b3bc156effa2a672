; about: a may_goto loop nested in another, with spills: the states a path pruned against an open loop state passed are compared loosely once the loop's visit is left (the kernel: 123 insns; 198 when they stayed compared by ranges)
; type: xdp
  call 7
  r7 = r0
  r6 = r0
  r1 = 1
  r2 = 3
  r3 = 3
  r4 = 3
  r5 = 0
  if r7 != 0 goto l0
  r6 = 3
l0:
  if r7 > 1 goto l1
  r2 += 3
l1:
  if r7 > 0 goto l2
  r6 = 4
l2:
  *(u64 *)(r10 -8) = r2
  *(u64 *)(r10 -16) = r3
  r6 = 0
l3:
  may_goto l4
  r5 *= 3
  r1 = r2
  r1 = *(u64 *)(r10 -8)
  r8 = 1
l5:
  may_goto l6
  r4 = r3
  r8 += 3
  goto l5
l6:
  r1 += 0
  r2 = r3
  r6 += 1
  goto l3
l4:
  r6 = 2
l7:
  r2 = r1
  r6 += 2
  if r6 < 16 goto l7
l8:
  r9 = *(u64 *)(r10 -16)
  if r9 s> 10 goto bad
  r0 = 0
  exit
bad:
  r0 = *(u64 *)(r9 + 0)
  exit

