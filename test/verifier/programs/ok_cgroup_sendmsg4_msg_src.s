; about: a cgroup/sendmsg4 program reads the message's source address (msg_src_ip4) narrow and sets it
; type: cgroup/sendmsg4

  r2 = *(u16 *)(r1 + 42)
  *(u32 *)(r1 + 40) = 0x0100007f
  r0 = 1
  exit
