; about: user_family, family, type and protocol have no narrow reads
; type: cgroup/connect4

  r2 = *(u16 *)(r1 + 0)
  r0 = 1
  exit
