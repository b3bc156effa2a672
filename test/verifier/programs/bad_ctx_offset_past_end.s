; about: xdp_md has 6 u32 fields; offset 64 is past it
; type: xdp

  r0 = *(u32 *)(r1 + 64)
  exit
