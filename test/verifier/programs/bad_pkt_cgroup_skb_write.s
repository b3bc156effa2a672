; about: cgroup_skb packets are read-only
; type: cgroup_skb

  r2 = *(u32 *)(r1 + 76)
  r3 = *(u32 *)(r1 + 80)
  r4 = r2
  r4 += 14
  if r4 > r3 goto out
  *(u8 *)(r2 + 0) = 0
out:
  r0 = 1
  exit
