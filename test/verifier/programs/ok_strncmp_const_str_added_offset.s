; about: a constant added to the map value pointer moves the string's start as an offset in the instruction does
; type: raw_tracepoint
; map: rodata:array:4:8:1:0x80
; init: rodata:00000000:78797a7773680000
; freeze: rodata

  *(u64 *)(r10 - 8) = 0
  r3 = map_value[rodata] ll
  r3 += 6
  r1 = r10
  r1 += -8
  r2 = 8
  call bpf_strncmp
  r0 = 0
  exit
