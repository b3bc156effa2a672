; about: the ctx pointer as the value of a map update
; type: xdp
; map: m:hash:4:8:16

  r6 = r1
  *(u32 *)(r10 - 4) = 0
  r1 = map[m] ll
  r2 = r10
  r2 += -4
  r3 = r6
  r4 = 0
  call bpf_map_update_elem
  r0 = 0
  exit
