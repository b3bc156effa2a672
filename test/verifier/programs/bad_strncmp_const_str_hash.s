; about: a read-only, frozen hash map has no direct value access: its values are not constant strings
; type: raw_tracepoint
; map: h:hash:4:8:4:0x80
; freeze: h

  *(u64 *)(r10 - 8) = 0
  r1 = map[h] ll
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
