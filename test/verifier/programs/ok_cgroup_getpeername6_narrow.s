; about: a cgroup/getpeername6 program reads user_ip6 and user_port by the byte and the half word
; type: cgroup/getpeername6

  r2 = *(u8 *)(r1 + 8)
  r2 = *(u8 *)(r1 + 21)
  r2 = *(u16 *)(r1 + 18)
  r2 = *(u8 *)(r1 + 27)
  r0 = 1
  exit
