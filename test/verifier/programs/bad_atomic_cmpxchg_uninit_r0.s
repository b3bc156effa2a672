; about: cmpxchg compares with r0, which is not set
; type: xdp

  *(u64 *)(r10 - 8) = 0
  r1 = 1
  r0 = cmpxchg_64(r10 - 8, r0, r1)
  r0 = 0
  exit
