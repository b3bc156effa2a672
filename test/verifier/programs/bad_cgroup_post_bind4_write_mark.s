; about: a cgroup/post_bind4 program may not set the socket's mark
; type: cgroup/post_bind4

  r2 = 7
  *(u32 *)(r1 + 16) = r2
  r0 = 1
  exit
