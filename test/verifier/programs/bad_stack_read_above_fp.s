; about: reading above the frame pointer
; type: xdp

  r0 = *(u64 *)(r10 + 8)
  exit
