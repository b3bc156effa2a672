; about: cgroup_sock must return 0 or 1
; type: cgroup_sock

  r0 = 3
  exit
