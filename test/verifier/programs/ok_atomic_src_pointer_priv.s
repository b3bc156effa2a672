; about: an atomic add of a pointer into a stack slot: a privileged loader may (no pointer-leak check)
; type: xdp

  *(u64 *)(r10 - 8) = 0
  r2 = r10
  lock *(u64 *)(r10 - 8) += r2
  r0 = 0
  exit
