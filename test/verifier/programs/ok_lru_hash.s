; about: lookups in an LRU hash
; type: xdp
; map: l:lru_hash:8:16:64

  *(u64 *)(r10 - 8) = 0
  r1 = map[l] ll
  r2 = r10
  r2 += -8
  call bpf_map_lookup_elem
  if r0 == 0 goto out
  r0 = *(u64 *)(r0 + 8)
  exit
out:
  r0 = 0
  exit
