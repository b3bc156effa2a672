; about: stack liveness (verifier_live_stack.c caller_stack_write): a callee writes its caller's fp-8 whole, so the call site writes it in the caller's chain (2,4) -> (0)
; type: socket_filter

  r1 = r10
  r1 += -8
  call write_first_param
  exit
write_first_param:
  *(u64 *)(r1 + 0) = 7
  r0 = 0
  exit
