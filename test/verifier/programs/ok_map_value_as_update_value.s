; about: a map value pointer as the value of an update into another map
; type: xdp
; map: a:array:4:8:1
; map: h:hash:4:8:16

  *(u32 *)(r10 - 4) = 0
  r1 = map[a] ll
  r2 = r10
  r2 += -4
  call bpf_map_lookup_elem
  if r0 == 0 goto out
  r3 = r0
  r1 = map[h] ll
  r2 = r10
  r2 += -4
  r4 = 0
  call bpf_map_update_elem
out:
  r0 = 0
  exit
