; about: the socket's family is read only in a cgroup/connect4 program
; type: cgroup/connect4

  r2 = 2
  *(u32 *)(r1 + 28) = r2
  r0 = 1
  exit
