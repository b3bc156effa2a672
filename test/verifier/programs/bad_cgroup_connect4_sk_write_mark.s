; about: the socket ctx->sk points to is read only: writing its mark is refused
; type: cgroup/connect4

  r2 = *(u64 *)(r1 + 64)
  r3 = 1
  *(u32 *)(r2 + 16) = r3
  r0 = 1
  exit
