; about: a 32-bit spill and fill of a bounded scalar keeps its bounds
; type: xdp
; map: m:array:4:16:1

  r6 = *(u32 *)(r1 + 16)
  w6 &= 15
  *(u32 *)(r10 - 8) = w6
  *(u32 *)(r10 - 12) = 0
  r1 = map[m] ll
  r2 = r10
  r2 += -12
  call bpf_map_lookup_elem
  if r0 == 0 goto out
  r1 = *(u32 *)(r10 - 8)
  r0 += r1
  r0 = *(u8 *)(r0 + 0)
  exit
out:
  r0 = 0
  exit
