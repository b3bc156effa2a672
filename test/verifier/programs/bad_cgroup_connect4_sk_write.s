; about: ctx->sk may not be written
; type: cgroup/connect4

  r2 = 0
  *(u64 *)(r1 + 64) = r2
  r0 = 1
  exit
