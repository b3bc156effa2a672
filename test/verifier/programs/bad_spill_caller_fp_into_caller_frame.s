; about: even a pointer into the caller's own stack cannot be stored into the caller's stack by a function (any stack pointer)
; type: xdp
  r1 = r10
  r1 += -8
  r2 = r10
  r2 += -16
  call store_arg
  r0 = 0
  exit
store_arg:
  *(u64 *)(r1 + 0) = r2
  r0 = 0
  exit
