; about: stack liveness in a bounded loop: a counter spilled to fp-8 and a sum to fp-16 are read and written whole at every iteration
; type: socket_filter

  r1 = 0
  *(u64 *)(r10 - 8) = r1
  *(u64 *)(r10 - 16) = r1
loop:
  r1 = *(u64 *)(r10 - 8)
  r2 = *(u64 *)(r10 - 16)
  r2 += r1
  *(u64 *)(r10 - 16) = r2
  r1 += 1
  *(u64 *)(r10 - 8) = r1
  if r1 < 4 goto loop
  r0 = *(u64 *)(r10 - 16)
  r0 &= 1
  exit
