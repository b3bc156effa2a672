; about: bpf_fastcall: a helper reading the pattern's slot (a map key) breaks the contract
; type: raw_tracepoint
; map: m:hash:8:8:4

  r1 = 42
  *(u64 *)(r10 - 512) = r1
  call sub
  r0 = 0
  exit
sub:
  *(u64 *)(r10 - 8) = r1
  call 8
  r1 = *(u64 *)(r10 - 8)
  r1 = m ll
  r2 = r10
  r2 += -8
  call 1
  r0 = 0
  exit
