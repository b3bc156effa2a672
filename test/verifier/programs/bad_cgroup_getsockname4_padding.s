; about: the four bytes between msg_src_ip6 and sk are padding: not readable
; type: cgroup/getsockname4

  r2 = *(u32 *)(r1 + 60)
  r0 = 1
  exit
