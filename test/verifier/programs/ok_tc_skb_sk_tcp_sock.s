; about: skb->sk after its NULL check goes to bpf_tcp_sock; u32 and u64 fields of bpf_tcp_sock; nothing to release
; type: sched_cls

  r1 = *(u64 *)(r1 + 168)
  if r1 == 0 goto out
  call bpf_tcp_sock
  if r0 == 0 goto out
  r1 = *(u32 *)(r0 + 0)
  r2 = *(u64 *)(r0 + 88)
  r3 = *(u32 *)(r0 + 108)
out:
  r0 = 0
  exit
