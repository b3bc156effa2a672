; about: a cgroup/bind4 program returning 4: outside [0, 3]
; type: cgroup/bind4

  r0 = 4
  exit
