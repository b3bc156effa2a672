; about: 16 bytes into an 8-byte stack buffer
; type: sched_cls

  r2 = 0
  r3 = r10
  r3 += -8
  r4 = 16
  call bpf_skb_load_bytes
  r0 = 0
  exit
