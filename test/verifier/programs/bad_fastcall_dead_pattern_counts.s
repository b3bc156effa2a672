; about: bpf_fastcall: a pattern on a path never taken still sets the callee's depth (504, rounded to 512): 256 + 512 is too large
; type: raw_tracepoint

  r1 = 42
  *(u64 *)(r10 - 256) = r1
  call sub
  r0 = 0
  exit
sub:
  r0 = 0
  *(u64 *)(r10 - 8) = r0
  if r0 != 0 goto l1
  r0 = 0
  exit
l1:
  *(u64 *)(r10 - 512) = r1
  call 8
  r1 = *(u64 *)(r10 - 512)
  r0 = 0
  exit
