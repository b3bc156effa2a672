; about: the string's address must be constant: a map value pointer moved by a variable is refused
; type: raw_tracepoint
; map: rodata:array:4:8:1:0x80
; init: rodata:00000000:6261736800000000
; freeze: rodata

  *(u64 *)(r10 - 8) = 0
  call bpf_get_prandom_u32
  r0 &= 1
  r3 = map_value[rodata] ll
  r3 += r0
  r1 = r10
  r1 += -8
  r2 = 8
  call bpf_strncmp
  r0 = 0
  exit
