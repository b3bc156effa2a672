; about: 4-byte write at offset 6 of an 8-byte value
; type: xdp
; map: m:array:4:8:4

  *(u32 *)(r10 - 4) = 0
  r1 = map[m] ll
  r2 = r10
  r2 += -4
  call bpf_map_lookup_elem
  if r0 == 0 goto out
  *(u32 *)(r0 + 6) = 1
out:
  r0 = 0
  exit
