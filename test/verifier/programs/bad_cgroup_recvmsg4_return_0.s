; about: a cgroup/recvmsg4 program may only return 1: it cannot refuse the call
; type: cgroup/recvmsg4

  r0 = 0
  exit
