; about: cgroup/getpeername4 programs have no bpf_get_retval, which bind4 and connect4 programs have
; type: cgroup/getpeername4

  call 186
  r0 = 1
  exit
