; about: the constant string must end inside the map value
; type: raw_tracepoint
; map: rodata:array:4:8:1:0x80
; init: rodata:00000000:6261736862617368
; freeze: rodata

  *(u64 *)(r10 - 8) = 0
  r3 = map_value[rodata] ll
  r1 = r10
  r1 += -8
  r2 = 8
  call bpf_strncmp
  r0 = 0
  exit
