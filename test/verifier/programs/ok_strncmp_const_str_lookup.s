; about: a one-entry array's lookup with a constant key cannot fail: its value (zeros, as never filled) holds an empty constant string
; type: raw_tracepoint
; map: a:array:4:8:1:0x80
; freeze: a

  *(u64 *)(r10 - 8) = 0
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
