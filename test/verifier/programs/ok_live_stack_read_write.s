; about: stack liveness (Linux 6.18, verifier_live_stack.c simple_read_simple_write): reads of fp-8 and fp-24 make them live before, a whole-slot write of fp-8 is must_write
; type: socket_filter

  r1 = *(u64 *)(r10 - 8)
  r2 = *(u64 *)(r10 - 24)
  *(u64 *)(r10 - 8) = r1
  r0 = 0
  exit
