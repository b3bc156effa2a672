; about: a tail call anywhere in a perf_event program takes the private stacks away (check_max_stack_depth): the call chain's combined stack counts every function again
; type: perf_event
; map: progs:prog_array:4:4:4

  r6 = r1
  r1 = 42
  *(u64 *)(r10 - 512) = r1
  call sub
  r1 = r6
  r2 = map[progs] ll
  r3 = 0
  call bpf_tail_call
  r0 = 0
  exit
sub:
  r1 = 1
  *(u64 *)(r10 - 64) = r1
  r0 = 0
  exit
