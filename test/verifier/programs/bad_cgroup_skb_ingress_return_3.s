; about: a cgroup_skb/ingress program returns 0 or 1: egress's wider range is not its own
; type: cgroup_skb/ingress

  r0 = 3
  exit
