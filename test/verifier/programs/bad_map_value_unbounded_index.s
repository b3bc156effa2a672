; about: a map value pointer plus an unchecked index
; type: xdp
; map: m:array:4:64:1

  *(u32 *)(r10 - 4) = 0
  r1 = map[m] ll
  r2 = r10
  r2 += -4
  call bpf_map_lookup_elem
  if r0 == 0 goto out
  r6 = r0
  call bpf_get_prandom_u32
  r6 += r0
  r0 = *(u8 *)(r6 + 0)
  exit
out:
  r0 = 0
  exit
