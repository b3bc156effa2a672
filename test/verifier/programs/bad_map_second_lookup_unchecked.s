; about: two lookups; only the first is null-checked, and the second is used
; type: xdp
; map: m:hash:4:8:16

  *(u32 *)(r10 - 4) = 0
  r1 = map[m] ll
  r2 = r10
  r2 += -4
  call bpf_map_lookup_elem
  if r0 == 0 goto out
  r6 = r0
  r1 = map[m] ll
  r2 = r10
  r2 += -4
  call bpf_map_lookup_elem
  r1 = *(u64 *)(r6 + 0)
  r0 = *(u64 *)(r0 + 0)
  exit
out:
  r0 = 0
  exit
