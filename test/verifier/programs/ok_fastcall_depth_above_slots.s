; about: bpf_fastcall: the callee's depth becomes what lies above the pattern's slots (16, a 4-byte store at -16 included), not the 24 it used
; type: raw_tracepoint

  r1 = 42
  *(u64 *)(r10 - 496) = r1
  call sub
  r0 = 0
  exit
sub:
  *(u32 *)(r10 - 16) = r1
  *(u64 *)(r10 - 24) = r1
  call 8
  r1 = *(u64 *)(r10 - 24)
  r0 = 0
  exit
