; about: r0 differs (a pointer or a scalar) and is dead at the may_goto: the kernel's liveness gives
; a may_goto no register read, so the second path is pruned there (processed 35)
; type: socket_filter
  r6 = 0
  call bpf_get_prandom_u32
  if r0 > 5 goto l
  r0 = r10
l:
  r1 = 0
  r1 = 0
  r1 = 0
  r1 = 0
  r1 = 0
  r1 = 0
  r1 = 0
loop:
  may_goto out
  r6 += 1
  goto loop
out:
  r0 = 0
  exit
