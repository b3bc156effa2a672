; about: a cgroup/recvmsg4 program may rewrite the address the message is seen to come from (user_ip4, user_port), though it must return 1
; type: cgroup/recvmsg4

  *(u32 *)(r1 + 4) = 0x0100007f
  r2 = 0x3500
  *(u32 *)(r1 + 24) = r2
  r0 = 1
  exit
