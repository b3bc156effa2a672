; about: bpf_fastcall: bpf_map_lookup_elem clobbers r0-r2 only, so r3's spill and fill around it are a pattern that is not inlined: the stack stays
; type: raw_tracepoint
; map: m:array:4:8:1

  r1 = 42
  *(u64 *)(r10 - 512) = r1
  call sub
  r0 = 0
  exit
sub:
  r3 = 3
  *(u32 *)(r10 - 4) = 0
  r1 = m ll
  r2 = r10
  r2 += -4
  *(u64 *)(r10 - 16) = r3
  call 1
  r3 = *(u64 *)(r10 - 16)
  *(u64 *)(r10 - 16) = r3
  call 8
  r3 = *(u64 *)(r10 - 16)
  r0 = 0
  exit
