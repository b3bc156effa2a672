; about: cgroup_skb returning 0 or 1 from a comparison
; type: cgroup_skb

  r2 = *(u32 *)(r1 + 0)
  r0 = 1
  if r2 > 1000 goto out
  r0 = 0
out:
  exit
