; about: an atomic add into a map value
; type: xdp
; map: c:array:4:8:1

  *(u32 *)(r10 - 4) = 0
  r1 = map[c] ll
  r2 = r10
  r2 += -4
  call bpf_map_lookup_elem
  if r0 == 0 goto out
  r1 = 1
  lock *(u64 *)(r0 + 0) += r1
out:
  r0 = 2
  exit
