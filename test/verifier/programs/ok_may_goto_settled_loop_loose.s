; about: nested may_goto loops after a bounded loop: once the outer loop's visit is left and its back edges' precision is propagated, its states are compared by precision again, as 6.18's incomplete_read_marks() decides (the kernel: 1,166 insns; compared by ranges for good, as bpfplay did: 20,560)
; type: xdp
  call 7
  r7 = r0
  r6 = r0
  r1 = 0
  r2 = 1
  r3 = 0
  r4 = 2
  r5 = 1
  if r7 != 2 goto l0
  r6 = 1
  r2 = 2
l0:
  if r7 > 1 goto l1
  r1 = 4
  r1 += 4
l1:
  if r7 > 1 goto l2
  r2 = 3
  r1 = 3
l2:
  r6 = 1
l3:
  r5 += 1
  r3 *= 0
  r0 = r7
  r0 &= 2
  if r0 == 0 goto l5
  r2 += 2
l5:
  r6 += 1
  r0 = 17
  if r6 < r0 goto l3
l4:
  r6 = 2
l6:
  may_goto l7
  r8 = 2
l8:
  may_goto l9
  r3 &= 2
  r4 |= 1
  r2 ^= 2
  r0 = r7
  r0 &= 1
  if r0 == 0 goto l10
  r5 = 0
l10:
  r3 &= r5
  r8 += 3
  goto l8
l9:
  r4 ^= r5
  r4 ^= 2
  r6 += 2
  goto l6
l7:
  r9 = r3
  if r9 s> 49 goto bad
  r0 = 0
  exit
bad:
  r0 = *(u64 *)(r9 + 0)
  exit

