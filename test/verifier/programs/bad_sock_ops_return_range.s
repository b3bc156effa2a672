; about: a sock_ops program returns 0 or 1, like the cgroup program types: 512 is refused at exit
; type: sock_ops

  w0 = 512
  exit
