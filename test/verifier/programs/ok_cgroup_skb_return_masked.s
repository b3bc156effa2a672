; about: cgroup_skb returning an unknown value masked to 0..1
; type: cgroup_skb

  r0 = *(u32 *)(r1 + 0)
  r0 &= 1
  exit
