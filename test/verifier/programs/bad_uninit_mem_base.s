; about: an uninitialised register as the base of a load
; type: xdp

  r0 = *(u64 *)(r6 + 0)
  exit
