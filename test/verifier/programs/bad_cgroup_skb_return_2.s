; about: cgroup_skb must return 0 or 1
; type: cgroup_skb

  r0 = 2
  exit
