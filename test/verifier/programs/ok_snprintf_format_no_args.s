; about: a format without conversions takes no data (NULL, 0); %% prints a percent sign
; type: raw_tracepoint
; map: rodata:array:4:16:1:0x80
; init: rodata:00000000:313030252520646f6e65000000000000
; freeze: rodata

  r6 = 0
  *(u64 *)(r10 - 16) = r6
  *(u64 *)(r10 - 8) = r6
  r1 = r10
  r1 += -16
  r2 = 16
  r3 = map_value[rodata] ll
  r4 = 0
  r5 = 0
  call bpf_snprintf
  r0 = 0
  exit
