; about: the lookup result is dereferenced before its null check
; type: xdp
; map: m:hash:4:8:16

  *(u32 *)(r10 - 4) = 0
  r1 = map[m] ll
  r2 = r10
  r2 += -4
  call bpf_map_lookup_elem
  r0 = *(u64 *)(r0 + 0)
  exit
