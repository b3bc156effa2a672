; about: a function may not return a pointer into a stack, even its caller's: r0 = r1 + r10 in the callee
; type: xdp

  r1 = 1
  call f
  exit
f:
  r0 = r1
  r0 += r10
  exit
