; about: a cgroup/post_bind4 program may not read the socket's mark (only create and release programs see it)
; type: cgroup/post_bind4

  r2 = *(u32 *)(r1 + 16)
  r0 = 1
  exit
