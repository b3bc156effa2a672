; about: 8-byte reads are for the ip6 addresses only: user_port and family together are refused
; type: cgroup/connect6

  r2 = *(u64 *)(r1 + 24)
  r0 = 1
  exit
