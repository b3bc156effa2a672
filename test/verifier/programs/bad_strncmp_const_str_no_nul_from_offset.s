; about: the NUL must come after the string's start: one before it does not count
; type: raw_tracepoint
; map: rodata:array:4:8:1:0x80
; init: rodata:00000000:6200736862617368
; freeze: rodata

  *(u64 *)(r10 - 8) = 0
  r3 = map_value[rodata] + 2 ll
  r1 = r10
  r1 += -8
  r2 = 8
  call bpf_strncmp
  r0 = 0
  exit
