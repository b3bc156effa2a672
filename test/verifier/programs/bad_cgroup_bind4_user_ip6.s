; about: a cgroup/bind4 program may not read user_ip6 (an address of the other family)
; type: cgroup/bind4

  r2 = *(u32 *)(r1 + 8)
  r0 = 1
  exit
