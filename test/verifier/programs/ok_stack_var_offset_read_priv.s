; about: a bounded variable-offset read from the stack over unwritten bytes: allowed for a privileged loader
; type: xdp

  r2 = *(u32 *)(r1 + 16)        ; rx_queue_index
  r2 &= 7
  r3 = r10
  r3 += -16
  r3 += r2
  r0 = *(u8 *)(r3 + 0)
  exit
