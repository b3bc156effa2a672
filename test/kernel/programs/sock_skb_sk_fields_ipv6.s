; about: skb->sk in a test run: the run's own socket, every bpf_sock field (IPv6), and what bpf_sk_fullsock and bpf_tcp_sock make of it
; type: cgroup_skb
; packet: 020000000002 020000000001 86dd 6000000000081140 20010db8000000000000000000000001 20010db8000000000000000000000002 3039003500088629
; map: out:array:4:80:1
; map: seen:array:4:8:1

  r8 = 0
  r6 = *(u64 *)(r1 + 168)
  if r6 == 0 goto out
  r7 = map_value[out] + 0 ll
  r1 = *(u32 *)(r6 + 0)
  *(u32 *)(r7 + 0) = r1
  r1 = *(u32 *)(r6 + 4)
  *(u32 *)(r7 + 4) = r1
  r1 = *(u32 *)(r6 + 24)
  *(u32 *)(r7 + 24) = r1
  r1 = *(u32 *)(r6 + 28)
  *(u32 *)(r7 + 28) = r1
  r1 = *(u32 *)(r6 + 32)
  *(u32 *)(r7 + 32) = r1
  r1 = *(u32 *)(r6 + 36)
  *(u32 *)(r7 + 36) = r1
  r1 = *(u32 *)(r6 + 40)
  *(u32 *)(r7 + 40) = r1
  r1 = *(u32 *)(r6 + 44)
  *(u32 *)(r7 + 44) = r1
  r1 = *(u32 *)(r6 + 48)
  *(u32 *)(r7 + 48) = r1
  r1 = *(u32 *)(r6 + 52)
  *(u32 *)(r7 + 52) = r1
  r1 = *(u32 *)(r6 + 56)
  *(u32 *)(r7 + 56) = r1
  r1 = *(u32 *)(r6 + 60)
  *(u32 *)(r7 + 60) = r1
  r1 = *(u32 *)(r6 + 64)
  *(u32 *)(r7 + 64) = r1
  r1 = *(u32 *)(r6 + 68)
  *(u32 *)(r7 + 68) = r1
  r1 = *(u32 *)(r6 + 72)
  *(u32 *)(r7 + 72) = r1
  r1 = *(u32 *)(r6 + 76)
  *(u32 *)(r7 + 76) = r1
  r1 = r6
  call bpf_sk_fullsock
  if r0 == 0 goto out
  r1 = *(u32 *)(r0 + 8)
  *(u32 *)(r7 + 8) = r1
  r1 = *(u32 *)(r0 + 12)
  *(u32 *)(r7 + 12) = r1
  r1 = *(u32 *)(r0 + 16)
  *(u32 *)(r7 + 16) = r1
  r1 = *(u32 *)(r0 + 20)
  *(u32 *)(r7 + 20) = r1
  r1 = r6
  call bpf_tcp_sock
  r8 = 2
  if r0 == 0 goto out
  r8 = 3
out:
  r1 = map_value[seen] + 0 ll
  *(u64 *)(r1 + 0) = r8
  r0 = r8
  r0 &= 1
  exit
