; about: a cgroup/getsockname_unix program returning 1, the one value it may
; type: cgroup/getsockname_unix

  r0 = 1
  exit
