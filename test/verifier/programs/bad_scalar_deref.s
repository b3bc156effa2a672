; about: loading through a constant
; type: xdp

  r2 = 4096
  r0 = *(u64 *)(r2 + 0)
  exit
