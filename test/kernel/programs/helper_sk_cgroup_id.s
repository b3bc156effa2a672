; about: bpf_sk_cgroup_id and bpf_sk_ancestor_cgroup_id on skb->sk in cgroup_skb: the test run's socket is in the task's cgroup (bit 0 of the stored word), its root ancestor is 1 (bit 1), none 1000 levels down (bit 2); the ids themselves differ from machine to machine
; type: cgroup_skb
; packet: 020000000002 020000000001 0800 4500002e000100004011f96ac0a80001c0a80002 30390035001a8629 68656c6c6f2c20627066706c617921210001
; map: out:array:4:8:1

  r6 = *(u64 *)(r1 + 168)       ; skb->sk
  r8 = 0
  if r6 == 0 goto out
  call bpf_get_current_cgroup_id
  r7 = r0
  r1 = r6
  call bpf_sk_cgroup_id
  if r0 != r7 goto a
  r8 |= 1
a:
  r1 = r6
  r2 = 0
  call bpf_sk_ancestor_cgroup_id
  if r0 != 1 goto b
  r8 |= 2
b:
  r1 = r6
  r2 = 1000
  call bpf_sk_ancestor_cgroup_id
  if r0 != 0 goto out
  r8 |= 4
out:
  r9 = map_value[out] + 0 ll
  *(u64 *)(r9 + 0) = r8
  r0 = 1
  exit
