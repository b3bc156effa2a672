; about: bpf_skb_store_bytes from the stack
; type: sched_cls

  *(u32 *)(r10 - 4) = 0
  r2 = 0
  r3 = r10
  r3 += -4
  r4 = 4
  r5 = 0
  call bpf_skb_store_bytes
  r0 = 0
  exit
