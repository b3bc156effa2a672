; about: a cgroup/post_bind6 program reads src_ip6, narrow too
; type: cgroup/post_bind6

  r2 = *(u32 *)(r1 + 40)
  r3 = *(u8 *)(r1 + 29)
  r0 = 1
  exit
