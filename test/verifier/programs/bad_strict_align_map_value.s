; about: with strict alignment, a u32 at map value + 2
; type: xdp
; map: a:array:4:16:1
; strict_align: true

  *(u32 *)(r10 - 4) = 0
  r1 = map[a] ll
  r2 = r10
  r2 += -4
  call bpf_map_lookup_elem
  if r0 == 0 goto out
  r0 = *(u32 *)(r0 + 2)
  exit
out:
  r0 = 0
  exit
