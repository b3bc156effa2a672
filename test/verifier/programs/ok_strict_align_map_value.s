; about: with strict alignment, naturally aligned reads of a map value
; type: xdp
; map: a:array:4:16:1
; strict_align: true

  *(u32 *)(r10 - 4) = 0
  r1 = map[a] ll
  r2 = r10
  r2 += -4
  call bpf_map_lookup_elem
  if r0 == 0 goto out
  r1 = *(u32 *)(r0 + 4)
  r0 = *(u64 *)(r0 + 8)
  exit
out:
  r0 = 0
  exit
