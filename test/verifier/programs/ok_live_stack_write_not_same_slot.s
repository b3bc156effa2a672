; about: stack liveness (verifier_live_stack.c must_write_not_same_slot): one store writes fp-16 on one path and fp-8 on the other, so it surely writes neither
; type: socket_filter

  call bpf_get_prandom_u32
  r1 = -8
  if r0 > 42 goto l1
  r1 = -16
l1:
  r2 = r10
  r2 += r1
  *(u64 *)(r2 + 0) = r0
  exit
