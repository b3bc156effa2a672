; about: a cgroup/bind4 program reads the port being bound (a u16 of user_port), the address and the socket's family, type and protocol
; type: cgroup/bind4

  r2 = *(u16 *)(r1 + 24)
  r3 = *(u32 *)(r1 + 4)
  r4 = *(u32 *)(r1 + 0)
  r4 = *(u32 *)(r1 + 28)
  r4 = *(u32 *)(r1 + 32)
  r4 = *(u32 *)(r1 + 36)
  r0 = 1
  if r2 != 0x5000 goto out
  r0 = 0
out:
  exit
