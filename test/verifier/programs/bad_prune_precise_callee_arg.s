; about: a function indexes a map value with its argument; callers pass 8 on one path and 64 on another
; type: xdp
; map: m:array:4:16:1

  call bpf_get_prandom_u32
  if r0 > 5 goto big
  r1 = 8
  goto join
big:
  r1 = 64
join:
  r0 = 0
  call index
  exit
index:
  r6 = r1
  *(u32 *)(r10 - 4) = 0
  r1 = map[m] ll
  r2 = r10
  r2 += -4
  call bpf_map_lookup_elem
  if r0 == 0 goto none
  r0 += r6
  r0 = *(u32 *)(r0 + 0)
  exit
none:
  r0 = 0
  exit
