; about: a length of at least 1 but with no upper bound (skb->len) for bpf_skb_load_bytes
; type: sched_cls

  r4 = *(u32 *)(r1 + 0)
  if r4 < 1 goto out
  r2 = 0
  r3 = r10
  r3 += -16
  call bpf_skb_load_bytes
out:
  r0 = 0
  exit
