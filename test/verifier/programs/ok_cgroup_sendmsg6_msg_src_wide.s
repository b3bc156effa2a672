; about: a cgroup/sendmsg6 program reads msg_src_ip6[1..2] as one u64 (offset 48, the one 8-byte-aligned pair inside it) and writes it back
; type: cgroup/sendmsg6

  r2 = *(u64 *)(r1 + 48)
  *(u64 *)(r1 + 48) = r2
  r3 = *(u32 *)(r1 + 44)
  *(u32 *)(r1 + 56) = r3
  r0 = 1
  exit
