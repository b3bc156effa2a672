; about: stack accesses must be aligned to their size, strict alignment or not
; type: xdp

  r1 = 1
  *(u64 *)(r10 - 12) = r1
  r0 = 0
  exit
