; about: a cgroup/connect6 program may call bpf_get_retval
; type: cgroup/connect6

  call 186
  r0 = 1
  exit
