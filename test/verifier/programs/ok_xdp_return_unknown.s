; about: xdp's return value is not checked at load time
; type: xdp

  call bpf_get_prandom_u32
  exit
