; about: a cgroup_sockopt program returns 0 or 1: 2 is refused at exit
; type: cgroup_sockopt

  r0 = 2
  exit
