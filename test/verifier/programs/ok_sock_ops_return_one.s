; about: a sock_ops program returning 1, within its range [0, 1]
; type: sock_ops

  w0 = 1
  exit
