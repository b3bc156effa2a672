; about: a leaked socket is reported before a return value out of cgroup_skb's range
; type: cgroup_skb

  *(u64 *)(r10 - 16) = 0
  *(u32 *)(r10 - 8) = 0
  r2 = r10
  r2 += -16
  r3 = 12
  r4 = -1
  r5 = 0
  call bpf_sk_lookup_tcp
  r0 = 2
  exit
