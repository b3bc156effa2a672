; about: bpf_get_socket_cookie in a socket filter
; type: socket_filter

  call bpf_get_socket_cookie
  r0 = 0
  exit
