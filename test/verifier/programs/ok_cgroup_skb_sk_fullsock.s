; about: cgroup_skb: bpf_sk_fullsock turns skb->sk into a full socket whose mark may be read
; type: cgroup_skb

  r1 = *(u64 *)(r1 + 168)
  if r1 == 0 goto out
  call bpf_sk_fullsock
  if r0 == 0 goto out
  r1 = *(u32 *)(r0 + 16)
out:
  r0 = 1
  exit
