; about: a length that may be negative
; type: sched_cls

  r6 = r1
  call bpf_get_prandom_u32
  r4 = r0
  r4 <<= 32
  r4 s>>= 32
  if r4 s> 16 goto out
  r1 = r6
  r2 = 0
  r3 = r10
  r3 += -16
  call bpf_skb_load_bytes
out:
  r0 = 0
  exit
