; about: cgroup_skb returning a pointer
; type: cgroup_skb

  r0 = r10
  exit
