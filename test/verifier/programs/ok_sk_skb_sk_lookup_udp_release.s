; about: sk_skb programs may look up a UDP socket; released on the non-NULL path
; type: sk_skb

  *(u64 *)(r10 - 16) = 0
  *(u32 *)(r10 - 8) = 0
  r2 = r10
  r2 += -16
  r3 = 12
  r4 = -1
  r5 = 0
  call bpf_sk_lookup_udp
  if r0 != 0 goto release
  r0 = 1
  exit
release:
  r1 = r0
  call bpf_sk_release
  r0 = 1
  exit
