; about: the constant string may start at a constant offset into the value: its NUL is looked for from there
; type: raw_tracepoint
; map: rodata:array:4:8:1:0x80
; init: rodata:00000000:78797a7773680000
; freeze: rodata

  *(u64 *)(r10 - 8) = 0
  r3 = map_value[rodata] + 4 ll
  r1 = r10
  r1 += -8
  r2 = 8
  call bpf_strncmp
  r0 = 0
  exit
