; about: a cgroup_skb/egress program returning 4: outside [0, 3]
; type: cgroup_skb/egress

  r0 = 4
  exit
