; about: a cgroup/connect4 program redirects the connection: it reads user_ip4 and user_port and writes both (a register and an immediate)
; type: cgroup/connect4

  r2 = *(u32 *)(r1 + 4)
  r3 = *(u32 *)(r1 + 24)
  if r3 != 0x5000 goto out
  r2 = 0x0100007f
  *(u32 *)(r1 + 4) = r2
  *(u32 *)(r1 + 24) = 0x901f
out:
  r0 = 1
  exit
