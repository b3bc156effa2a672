; about: %pI4, %pks, %px, %pK and a bare %p before punctuation are accepted, each one u64 of data
; type: raw_tracepoint
; map: rodata:array:4:24:1:0x80
; init: rodata:00000000:2570493425706b7325707825704b25702e00000000000000
; freeze: rodata

  r6 = 0
  *(u64 *)(r10 - 16) = r6
  *(u64 *)(r10 - 8) = r6
  *(u64 *)(r10 - 24) = r6
  *(u64 *)(r10 - 32) = r6
  *(u64 *)(r10 - 40) = r6
  *(u64 *)(r10 - 48) = r6
  *(u64 *)(r10 - 56) = r6
  r1 = r10
  r1 += -16
  r2 = 16
  r3 = map_value[rodata] ll
  r4 = r10
  r4 += -56
  r5 = 40
  call bpf_snprintf
  r0 = 0
  exit
