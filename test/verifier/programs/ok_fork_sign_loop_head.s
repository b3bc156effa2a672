; about: a bounded loop nested in a may_goto loop whose head is `r3 &= 1` with r3 -1 or 0: the kernel forks there (maybe_fork_scalars) and the pushed path runs the loop head again, which, a jump point, its history holds twice (162 insns; 133 without the fork)
; type: xdp
  call 7
  r7 = r0
  r6 = r0
  r1 = 2
  r2 = 1
  r3 = 0
  r4 = 3
  r5 = 2
  r6 = 0
l0:
  may_goto l1
  r1 = r5
  r3 = r3
  r8 = 0
l2:
  r3 &= 1
  r2 &= 3
  r3 -= 1
  r8 += 1
  if r8 s< 6 goto l2
l3:
  r3 = r2
  r6 += 3
  goto l0
l1:
  r9 = r5
  if r9 == 28 goto bad
  r0 = 0
  exit
bad:
  r0 = *(u64 *)(r9 + 0)
  exit

