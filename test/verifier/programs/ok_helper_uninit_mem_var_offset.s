; about: bpf_skb_load_bytes into stack at a variable offset: no raw mode, so the slots are not
; about: written byte by byte after the call (the level-2 state after it shows none)
; type: socket_filter
  r6 = r1
  *(u64 *)(r10 - 8) = 0
  *(u64 *)(r10 - 16) = 0
  *(u64 *)(r10 - 24) = 0
  *(u64 *)(r10 - 32) = 0
  call bpf_get_prandom_u32
  r0 &= 8
  r3 = r10
  r3 += -32
  r3 += r0
  r1 = r6
  r2 = 0
  r4 = 8
  call bpf_skb_load_bytes
  r0 = 0
  exit
