; about: bpf_fastcall: a store at a variable offset that may reach the pattern's slot breaks the contract
; type: raw_tracepoint

  r1 = 42
  *(u64 *)(r10 - 512) = r1
  call sub
  r0 = 0
  exit
sub:
  r6 = r1
  *(u64 *)(r10 - 8) = r1
  call 8
  r1 = *(u64 *)(r10 - 8)
  r6 &= 4
  r2 = r10
  r2 += -8
  r2 += r6
  *(u8 *)(r2 + 0) = 1
  r0 = 0
  exit
