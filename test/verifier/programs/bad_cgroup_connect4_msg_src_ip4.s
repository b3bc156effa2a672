; about: only sendmsg4 programs see msg_src_ip4: a cgroup/connect4 program may not read it
; type: cgroup/connect4

  r2 = *(u32 *)(r1 + 40)
  r0 = 1
  exit
