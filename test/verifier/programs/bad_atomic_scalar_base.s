; about: an atomic add through a scalar
; type: xdp

  r1 = 0
  r2 = 1
  lock *(u64 *)(r1 + 0) += r2
  r0 = 0
  exit
