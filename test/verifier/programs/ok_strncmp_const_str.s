; about: bpf_strncmp's third argument is a constant string in a frozen read-only map (ARG_PTR_TO_CONST_STR), as clang puts a literal in .rodata
; type: raw_tracepoint
; map: rodata:array:4:8:1:0x80
; init: rodata:00000000:6261736800000000
; freeze: rodata

  *(u64 *)(r10 - 8) = 0
  r3 = map_value[rodata] ll
  r1 = r10
  r1 += -8
  r2 = 8
  call bpf_strncmp
  r0 = 0
  exit
