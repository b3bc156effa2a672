; about: a function that wrote its caller's stack returns a stack pointer: Linux 6.18 brings the call chain's stack liveness up to date (its level-2 lines) before it refuses the return
; type: socket_filter

  r1 = r10
  r1 += -8
  call f
  r0 = 0
  exit
f:
  *(u64 *)(r1 + 0) = 1
  r0 = r1
  exit
