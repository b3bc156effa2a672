; about: a helper XDP has no prototype of, in dead code: the kernel takes r1-r5 live before it, so
; r5 (a pointer on one path, a scalar on the other) keeps the second path from being pruned (25 insns)
; type: xdp
  call bpf_get_prandom_u32
  r6 = r0
  r5 = 0
  r1 = 0
  r1 = 0
  r1 = 0
  r1 = 0
  r1 = 0
  r1 = 0
  r1 = 0
  r1 = 0
  if r6 > 5 goto l1
  r5 = r10
l1:
  r7 = 0
  if r7 != 0 goto bad
  r0 = 1
  r0 += 1
  r0 += 1
  exit
bad:
  call bpf_skb_load_bytes
  exit
