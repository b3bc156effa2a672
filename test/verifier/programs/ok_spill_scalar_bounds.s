; about: a bounded scalar spilled and filled keeps its bounds, so it can index a map value
; type: xdp
; map: a:array:4:64:1

  r6 = *(u32 *)(r1 + 16)
  r6 &= 7
  *(u64 *)(r10 - 16) = r6
  *(u32 *)(r10 - 4) = 0
  r1 = map[a] ll
  r2 = r10
  r2 += -4
  call bpf_map_lookup_elem
  if r0 == 0 goto out
  r1 = *(u64 *)(r10 - 16)
  r1 <<= 3
  r0 += r1
  r0 = *(u64 *)(r0 + 0)
  exit
out:
  r0 = 0
  exit
