; about: stack liveness (verifier_live_stack.c must_write_not_same_type): a store through a map value or the stack writes fp-16 only on one path
; type: socket_filter
; map: m:hash:4:8:1

  *(u64 *)(r10 - 8) = 0
  r2 = r10
  r2 += -8
  r1 = map[m] ll
  call bpf_map_lookup_elem
  if r0 != 0 goto l1
  r0 = r10
  r0 += -16
l1:
  *(u64 *)(r0 + 0) = 42
  r0 = 0
  exit
