; about: a cgroup/connect4 program's ctx->sk is a socket, never NULL: its fields are read with no check
; type: cgroup/connect4

  r2 = *(u64 *)(r1 + 64)
  r3 = *(u32 *)(r2 + 4)
  r4 = *(u32 *)(r2 + 44)
  r0 = 1
  exit
