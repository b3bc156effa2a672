; about: socket filters may not write __sk_buff->mark
; type: socket_filter

  r2 = 1
  *(u32 *)(r1 + 8) = r2
  r0 = 0
  exit
