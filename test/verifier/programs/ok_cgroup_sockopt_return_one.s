; about: a cgroup_sockopt program may return 1
; type: cgroup_sockopt

  r0 = 1
  exit
