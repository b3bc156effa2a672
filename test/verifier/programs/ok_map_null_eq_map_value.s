; about: a lookup's result equal to another map value (never NULL) is not NULL on the equal branch
; type: xdp
; map: m:hash:4:8:16
; map: a:array:4:8:1

  *(u32 *)(r10 - 4) = 0
  r1 = map[a] ll
  r2 = r10
  r2 += -4
  call bpf_map_lookup_elem
  if r0 == 0 goto out
  r6 = r0
  r1 = map[m] ll
  r2 = r10
  r2 += -4
  call bpf_map_lookup_elem
  if r6 != r0 goto out
  r1 = *(u64 *)(r0 + 0)
out:
  r0 = 2
  exit
