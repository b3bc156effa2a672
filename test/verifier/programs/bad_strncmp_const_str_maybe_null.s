; about: a map value pointer that may be NULL is not a constant string
; type: raw_tracepoint
; map: a:array:4:8:1:0x80
; freeze: a

  *(u64 *)(r10 - 8) = 0
  call bpf_get_prandom_u32
  *(u32 *)(r10 - 4) = r0
  r1 = map[a] ll
  r2 = r10
  r2 += -4
  call bpf_map_lookup_elem
  r3 = r0
  r1 = r10
  r1 += -8
  r2 = 8
  call bpf_strncmp
  r0 = 0
  exit
