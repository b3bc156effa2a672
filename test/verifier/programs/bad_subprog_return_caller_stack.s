; about: the caller's stack pointer handed back is refused too (the kernel is conservative)
; type: xdp

  r1 = r10
  r1 += -8
  call f
  r0 = 0
  exit
f:
  r0 = r1
  exit
