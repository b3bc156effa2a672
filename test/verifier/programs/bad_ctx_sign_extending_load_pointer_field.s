; about: a sign-extending load of xdp_md->data_meta, a field the kernel rewrites into a pointer
; type: xdp

  r0 = *(s32 *)(r1 + 8)
  exit
