; about: a sign-extending fill of a range of one sign rebuilds the known bits from the range: {0, 8} becomes var_off (0x0; 0xf), so masking by 7 may give 7, past the 8-byte value
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
  *(u64 *)(r10 - 16) = r2
  r2 = *(s8 *)(r10 - 16)
  r2 &= 7
  r0 += r2
  r1 = *(u64 *)(r0 + 0)
out:
  r0 = 0
  exit
