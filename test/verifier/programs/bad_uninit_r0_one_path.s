; about: r0 is written on one branch only; the other path reaches exit without it
; type: xdp

  r2 = *(u32 *)(r1 + 16)        ; rx_queue_index: unknown
  if r2 == 0 goto out
  r0 = 1
out:
  exit
