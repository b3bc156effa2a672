; about: bpf_skb_load_bytes with a length bounded to 1..16
; type: sched_cls

  r4 = *(u32 *)(r1 + 0)
  r4 &= 15
  r4 += 1
  r2 = 0
  r3 = r10
  r3 += -16
  call bpf_skb_load_bytes
  r0 = 0
  exit
