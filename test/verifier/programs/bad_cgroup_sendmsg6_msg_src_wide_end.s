; about: an 8-byte read of msg_src_ip6 must lie inside it: at offset 56 it would take the padding after msg_src_ip6[3]
; type: cgroup/sendmsg6

  r2 = *(u64 *)(r1 + 56)
  r0 = 1
  exit
