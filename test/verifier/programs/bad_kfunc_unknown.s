; about: a kfunc call with a BTF id that is not a function
; type: xdp

  call kfunc 1
  r0 = 0
  exit
