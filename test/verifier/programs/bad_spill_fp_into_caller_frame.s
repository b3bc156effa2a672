; about: a function stores a stack pointer (its own r10) into its caller's stack through a pointer argument
; type: xdp
  r1 = r10
  r1 += -8
  call store_fp
  r0 = *(u64 *)(r10 - 8)
  exit
store_fp:
  *(u64 *)(r1 + 0) = r10
  r0 = 0
  exit
