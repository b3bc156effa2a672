; about: a constant string must be in a map value: the stack is refused
; type: raw_tracepoint

  *(u64 *)(r10 - 8) = 0
  r3 = r10
  r3 += -8
  r1 = r10
  r1 += -8
  r2 = 8
  call bpf_strncmp
  r0 = 0
  exit
