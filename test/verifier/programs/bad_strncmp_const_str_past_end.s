; about: a string starting at the end of the value has no byte to read
; type: raw_tracepoint
; map: rodata:array:4:8:1:0x80
; init: rodata:00000000:6261736800000000
; freeze: rodata

  *(u64 *)(r10 - 8) = 0
  r3 = map_value[rodata] ll
  r3 += 8
  r1 = r10
  r1 += -8
  r2 = 8
  call bpf_strncmp
  r0 = 0
  exit
