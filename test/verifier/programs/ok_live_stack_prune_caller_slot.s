; about: state pruning in a callee ignores a dead slot of its caller: fp-8 of main holds a map pointer on one path and a scalar on the other; the callee reads it first, and nothing reads it after, so the second path is pruned inside the callee (Linux 6.18, verifier_live_stack.c caller_stack_pruning without BPF_F_TEST_STATE_FREQ)
; type: socket_filter
; map: m:hash:4:8:1

  call bpf_get_prandom_u32
  r6 = r0
  if r6 == 1 goto a
  r7 = 1
a:
  if r6 == 2 goto b
  r7 = 2
b:
  if r6 == 3 goto c
  r1 = map[m] ll
  *(u64 *)(r10 - 8) = r1
  goto d
c:
  *(u64 *)(r10 - 8) = r6
d:
  r1 = r10
  r1 += -8
  call f
  r0 = 0
  exit
f:
  r2 = *(u64 *)(r1 + 0)
  r0 = 0
  r3 = 1
  if r0 > 5 goto e1
  r4 = 2
e1:
  r5 = 3
  r3 = 4
  r4 = 5
  r2 = 6
  if r0 > 6 goto e2
  r0 = 1
e2:
  exit
