; about: bpf_fastcall: two spill/fill pairs, the innermost at the lowest offset, both leave the depth
; type: raw_tracepoint

  r1 = 42
  *(u64 *)(r10 - 512) = r1
  call sub
  r0 = 0
  exit
sub:
  r2 = 1
  *(u64 *)(r10 - 8) = r2
  *(u64 *)(r10 - 16) = r1
  call 8
  r1 = *(u64 *)(r10 - 16)
  r2 = *(u64 *)(r10 - 8)
  r0 = 0
  exit
