; about: a cgroup/sendmsg4 program sees msg_src_ip4 but not msg_src_ip6
; type: cgroup/sendmsg4

  r2 = *(u32 *)(r1 + 44)
  r0 = 1
  exit
