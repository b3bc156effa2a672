; about: state pruning ignores a dead stack slot (Linux 6.18's stacksafe asks the stack liveness): fp-8 holds a map pointer on one path and a scalar on the other, never read after the join, so the second path is pruned there
; type: socket_filter
; map: m:hash:4:8:1

  call bpf_get_prandom_u32
  r6 = r0
  r7 = 0
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
  r0 = 0
  r1 = 1
  r2 = 2
  r3 = 3
  if r6 > 1000 goto e
  r0 = 1
e:
  exit
