; about: user_port is read narrow but written only whole: a u16 store is refused
; type: cgroup/bind4

  r2 = 0x5000
  *(u16 *)(r1 + 24) = r2
  r0 = 1
  exit
