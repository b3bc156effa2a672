; about: a cgroup/connect_unix program sees no IP address but reads user_family, family and user_port, and may write user_port
; type: cgroup/connect_unix

  r2 = *(u32 *)(r1 + 0)
  r3 = *(u32 *)(r1 + 28)
  r4 = *(u32 *)(r1 + 24)
  *(u32 *)(r1 + 24) = r4
  r0 = 1
  exit
