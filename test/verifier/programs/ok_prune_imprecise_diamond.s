; about: r7 differs on the two paths but nothing depends on its value: the second path is pruned at the join
; type: xdp

  call bpf_get_prandom_u32
  if r0 > 5 goto other
  r7 = 1
  goto join
other:
  r7 = 2
join:
  r0 = r7
  r0 &= 1
  exit
