; about: xdp_md->data is read-only
; type: xdp

  r2 = 0
  *(u32 *)(r1 + 0) = r2
  r0 = 0
  exit
