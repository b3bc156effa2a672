; about: BPF_PSEUDO_MAP_IDX needs an fd_array at load time
; type: xdp

  r1 = map_idx[0] ll
  r0 = 0
  exit
