; about: stack liveness (verifier_live_stack.c caller_stack_read): one function called from two sites reads fp-8 from one and fp-16 from the other: two chains (2,7) and (5,7)
; type: socket_filter

  r1 = r10
  r1 += -8
  call read_first_param
  r1 = r10
  r1 += -16
  call read_first_param
  exit
read_first_param:
  r0 = *(u64 *)(r1 + 0)
  exit
