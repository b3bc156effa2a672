; about: an array of two entries has no single value to read at load: the string cannot be checked
; type: raw_tracepoint
; map: a:array:4:8:2:0x80
; freeze: a

  *(u64 *)(r10 - 8) = 0
  r1 = map[a] ll
  r2 = r10
  r2 += -8
  call bpf_map_lookup_elem
  if r0 == 0 goto out
  r3 = r0
  r1 = r10
  r1 += -8
  r2 = 8
  call bpf_strncmp
out:
  r0 = 0
  exit
