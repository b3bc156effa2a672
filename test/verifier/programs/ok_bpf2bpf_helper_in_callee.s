; about: a map lookup inside a subprogram
; type: xdp
; map: m:hash:4:8:16

  r1 = 5
  call lookup
  exit
lookup:
  *(u32 *)(r10 - 4) = r1
  r1 = map[m] ll
  r2 = r10
  r2 += -4
  call bpf_map_lookup_elem
  if r0 == 0 goto none
  r0 = *(u64 *)(r0 + 0)
  exit
none:
  r0 = 0
  exit
