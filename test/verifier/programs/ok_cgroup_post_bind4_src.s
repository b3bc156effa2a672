; about: a cgroup/post_bind4 program reads the bound source address and port
; type: cgroup/post_bind4

  r2 = *(u32 *)(r1 + 24)
  r3 = *(u16 *)(r1 + 44)
  r0 = 1
  exit
