; about: cgroup_sock returning 1
; type: cgroup_sock

  r0 = 1
  exit
