; about: a cgroup/connect4 program returns 0 or 1: bind's wider range is not its own
; type: cgroup/connect4

  r0 = 2
  exit
