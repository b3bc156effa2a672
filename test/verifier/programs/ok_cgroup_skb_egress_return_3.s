; about: a cgroup_skb/egress program may return 0 to 3 (bit 1: congestion notification)
; type: cgroup_skb/egress

  r0 = 3
  exit
