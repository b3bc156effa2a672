; about: socket filters may write and read __sk_buff->cb[]
; type: socket_filter

  r2 = 7
  *(u32 *)(r1 + 48) = r2
  *(u32 *)(r1 + 64) = r2
  r0 = *(u32 *)(r1 + 48)
  exit
