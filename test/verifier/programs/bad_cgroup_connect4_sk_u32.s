; about: ctx->sk is read whole (8 bytes), not its low half
; type: cgroup/connect4

  r2 = *(u32 *)(r1 + 64)
  r0 = 1
  exit
