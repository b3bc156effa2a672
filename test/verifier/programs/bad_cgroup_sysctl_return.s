; about: cgroup_sysctl must return 0 or 1
; type: cgroup_sysctl

  r0 = 2
  exit
