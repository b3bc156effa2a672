; about: reading just before a map value
; type: xdp
; map: m:hash:4:8:16

  *(u32 *)(r10 - 4) = 0
  r1 = map[m] ll
  r2 = r10
  r2 += -4
  call bpf_map_lookup_elem
  if r0 == 0 goto out
  r0 = *(u32 *)(r0 - 4)
  exit
out:
  r0 = 0
  exit
