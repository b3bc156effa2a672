; about: a cgroup/post_bind6 program may not read src_ip4, only src_ip6
; type: cgroup/post_bind6

  r2 = *(u32 *)(r1 + 24)
  r0 = 1
  exit
