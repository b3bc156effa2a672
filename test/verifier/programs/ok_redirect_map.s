; about: bpf_redirect_map into a devmap
; type: xdp
; map: dev:devmap:4:4:4

  r1 = map[dev] ll
  r2 = 0
  r3 = 0
  call bpf_redirect_map
  exit
