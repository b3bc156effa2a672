; about: a may_goto loop pruned twice by ranges: each back edge the kernel keeps until the loop's
; visit ends counts in peak_states (4 where its lists hold 2)
; type: socket_filter
  call bpf_get_prandom_u32
  r6 = r0
  r7 = 0
loop:
  may_goto out
  call bpf_get_prandom_u32
  r1 = 0
  r1 = 0
  r1 = 0
  r1 = 0
  r1 = 0
  r1 = 0
  r1 = 0
  r1 = 0
  if r0 > 10 goto a
  r7 = 1
a:
  r1 = 0
  goto loop
out:
  r0 = 0
  exit
