; about: a map key on stack bytes never written: a privileged loader may pass uninitialised stack to a helper
; type: xdp
; map: m:hash:4:8:16

  r1 = map[m] ll
  r2 = r10
  r2 += -4
  call bpf_map_lookup_elem
  r0 = 0
  exit
