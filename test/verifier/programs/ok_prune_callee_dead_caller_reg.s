; about: in a function, the caller's registers are compared only where they are live after the call (and its r0-r5 not at all: the call scratched them): r7, a stack pointer on one path and the context on the other, is dead after the call, so the second path is pruned inside the function
; type: socket_filter

  r6 = r1
  call 7
  r7 = r0
  if r7 > 100 goto +0
  if r7 > 200 goto +0
  if r7 > 10 goto +2
  r7 = r10
  goto +1
  r7 = r6
  r1 = r7
  r2 = 5
  if r7 == 0 goto +0
  call fn
  r0 = 0
  exit
fn:
  r0 = r2
  if r0 > 3 goto +1
  r0 += 1
  r0 += 2
  r0 += 3
  if r0 > 30 goto +1
  r0 += 4
  r0 += 5
  r0 += 6
  if r0 > 40 goto +1
  r0 += 7
  r0 = 0
  exit
