; about: a 2-byte read of xdp_md->data (pointer fields take full-width loads only)
; type: xdp

  r0 = *(u16 *)(r1 + 0)
  exit
