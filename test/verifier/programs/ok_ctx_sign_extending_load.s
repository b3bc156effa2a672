; about: a sign-extending load (ldsx) of a scalar xdp_md field (rx_queue_index)
; type: xdp

  r0 = *(s32 *)(r1 + 16)
  exit
