; about: a syscall program run 3 times: each run sees the context the run before left (it is copied back into ctx_in and passed in again)
; type: syscall
; ctx: 0500000000000000
; repeat: 3

  r2 = *(u64 *)(r1 + 0)
  r2 *= 3
  *(u64 *)(r1 + 0) = r2
  r0 = r2
  exit
