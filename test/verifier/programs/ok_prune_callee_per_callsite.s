; about: a function's states at one instruction are kept apart by call site (the kernel's explored_state() list is chosen by the instruction and the innermost call site): in the second call, the state at the join is stored though the first call's state there is still being explored, and the second call's other branch is pruned against it
; type: socket_filter

  call 7
  r6 = r0
  r1 = r6
  call fn
  r1 = r6
  call fn
  r0 = 0
  exit
fn:
  r0 = r1
  r3 = 1
  r4 = 2
  r5 = 3
  r3 += 1
  r4 += 1
  r5 += 1
  if r0 > 10 goto +2
  r2 = 1
  goto +1
  r2 = 2
  call 7
  if r0 > 20 goto +1
  r0 += 1
  r0 += 2
  if r0 > 30 goto +1
  r0 += 4
  r0 = 0
  exit
