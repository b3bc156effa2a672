; about: bpf_skb_load_bytes is for skb programs, not xdp
; type: xdp

  r2 = 0
  r3 = r10
  r3 += -8
  r4 = 8
  call bpf_skb_load_bytes
  r0 = 0
  exit
