; about: cgroup_skb returning an unknown scalar
; type: cgroup_skb

  r0 = *(u32 *)(r1 + 0)
  exit
