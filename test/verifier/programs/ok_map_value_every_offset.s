; about: reads and writes at the first and last valid offsets of a 16-byte value
; type: xdp
; map: m:array:4:16:1

  *(u32 *)(r10 - 4) = 0
  r1 = map[m] ll
  r2 = r10
  r2 += -4
  call bpf_map_lookup_elem
  if r0 == 0 goto out
  *(u64 *)(r0 + 0) = 1
  *(u64 *)(r0 + 8) = 2
  *(u8 *)(r0 + 15) = 3
  r1 = *(u32 *)(r0 + 12)
  r1 = *(u16 *)(r0 + 14)
  r0 = *(u64 *)(r0 + 8)
  exit
out:
  r0 = 0
  exit
