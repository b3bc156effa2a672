; about: arithmetic on a lookup result before its null check
; type: xdp
; map: m:hash:4:8:16

  *(u32 *)(r10 - 4) = 0
  r1 = map[m] ll
  r2 = r10
  r2 += -4
  call bpf_map_lookup_elem
  r0 += 4
  if r0 == 0 goto out
  r0 = *(u32 *)(r0 + 0)
out:
  r0 = 0
  exit
