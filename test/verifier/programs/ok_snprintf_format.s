; about: bpf_snprintf with a constant format in a frozen read-only map: two conversions, two u64s of data
; type: raw_tracepoint
; map: rodata:array:4:16:1:0x80
; init: rodata:00000000:2564202573210a000000000000000000
; freeze: rodata

  r6 = 0
  *(u64 *)(r10 - 16) = r6
  *(u64 *)(r10 - 8) = r6
  *(u64 *)(r10 - 24) = r6
  *(u64 *)(r10 - 32) = r6
  r1 = r10
  r1 += -16
  r2 = 16
  r3 = map_value[rodata] ll
  r4 = r10
  r4 += -32
  r5 = 16
  call bpf_snprintf
  r0 = 0
  exit
