; about: a BPF_F_RDONLY_PROG map that was never frozen may still change from user space: not a constant string
; type: raw_tracepoint
; map: rodata:array:4:8:1:0x80
; init: rodata:00000000:6261736800000000

  *(u64 *)(r10 - 8) = 0
  r3 = map_value[rodata] ll
  r1 = r10
  r1 += -8
  r2 = 8
  call bpf_strncmp
  r0 = 0
  exit
