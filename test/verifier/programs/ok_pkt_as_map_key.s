; about: a checked packet pointer as the key of a map lookup
; type: xdp
; map: m:hash:4:8:16

  r2 = *(u32 *)(r1 + 0)
  r3 = *(u32 *)(r1 + 4)
  r4 = r2
  r4 += 30
  if r4 > r3 goto out
  r2 += 26
  r1 = map[m] ll
  call bpf_map_lookup_elem
  if r0 == 0 goto out
  r0 = *(u64 *)(r0 + 0)
  exit
out:
  r0 = 0
  exit
