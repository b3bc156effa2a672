; about: the readable xdp_md fields of a plain xdp program (ingress_ifindex, rx_queue_index)
; type: xdp

  r2 = *(u32 *)(r1 + 12)
  r3 = *(u32 *)(r1 + 16)
  r0 = r2
  r0 += r3
  exit
