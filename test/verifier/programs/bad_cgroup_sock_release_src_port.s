; about: a cgroup/sock_release program, as a create one, may not read src_port
; type: cgroup/sock_release

  r2 = *(u32 *)(r1 + 44)
  r0 = 1
  exit
