; about: a cgroup/connect_unix program sees no IP address: user_ip4 is refused
; type: cgroup/connect_unix

  r2 = *(u32 *)(r1 + 4)
  r0 = 1
  exit
