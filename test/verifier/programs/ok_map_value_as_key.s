; about: one map's value used as the key of another lookup
; type: xdp
; map: a:array:4:8:1
; map: h:hash:8:8:16

  *(u32 *)(r10 - 4) = 0
  r1 = map[a] ll
  r2 = r10
  r2 += -4
  call bpf_map_lookup_elem
  if r0 == 0 goto out
  r2 = r0
  r1 = map[h] ll
  call bpf_map_lookup_elem
  if r0 == 0 goto out
  r0 = *(u64 *)(r0 + 0)
  exit
out:
  r0 = 0
  exit
