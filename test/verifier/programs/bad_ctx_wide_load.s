; about: xdp_md->data is a u32 field; an 8-byte read is not allowed
; type: xdp

  r0 = *(u64 *)(r1 + 0)
  exit
