; about: bpf_get_current_pid_tgid is in the base helper set: xdp may call it
; type: xdp

  call bpf_get_current_pid_tgid
  r0 = 0
  exit
