; about: a register no instruction reads again is not compared at a prune point (6.18's func_states_equal compares only the registers live there): r8, a stack pointer on one path and the context on the other, is dead after the join, so the second path is pruned there
; type: socket_filter

  r6 = r1
  call 7
  r7 = r0
  if r7 > 100 goto +0
  if r7 > 200 goto +0
  r2 = 1
  r3 = 2
  r4 = 3
  r5 = 4
  if r7 > 10 goto +2
  r8 = r10
  goto +1
  r8 = r6
  call 7
  if r0 > 20 goto +1
  r0 += 1
  r0 += 2
  r0 += 3
  if r0 > 30 goto +1
  r0 += 4
  r0 = 0
  exit
