; about: a 32-bit sign extension of {0, 8} keeps only its bounds: masking by 7 may give 7, past the 8-byte value
; type: socket_filter
; map: a:array:4:8:1
  *(u32 *)(r10 - 4) = 0
  r1 = map[a] ll
  r2 = r10
  r2 += -4
  call bpf_map_lookup_elem
  if r0 == 0 goto out
  r2 = *(u8 *)(r0 + 0)
  r2 &= 8
  w2 = (s8)w2
  r2 &= 7
  r0 += r2
  r1 = *(u64 *)(r0 + 0)
out:
  r0 = 0
  exit
