; about: a load cannot target the frame pointer
; type: xdp

  *(u64 *)(r10 - 8) = 0
  r10 = *(u64 *)(r10 - 8)
  r0 = 0
  exit
