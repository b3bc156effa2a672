; about: a cgroup/bind4 program may return 0 to 3 (bit 1 also skips the port's privilege check)
; type: cgroup/bind4

  r0 = 3
  exit
