; about: the format must be a constant string: in a map never frozen it is refused
; type: raw_tracepoint
; map: rodata:array:4:16:1:0x80
; init: rodata:00000000:25640000000000000000000000000000

  r6 = 0
  *(u64 *)(r10 - 16) = r6
  *(u64 *)(r10 - 8) = r6
  *(u64 *)(r10 - 24) = r6
  r1 = r10
  r1 += -16
  r2 = 16
  r3 = map_value[rodata] ll
  r4 = r10
  r4 += -24
  r5 = 8
  call bpf_snprintf
  r0 = 0
  exit
