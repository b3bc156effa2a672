; about: the cgroup and owner helpers in tc: cgroup ids (of the task and of the test run's socket, which shares it) come back only as properties, since they differ from machine to machine (bits of r0: the task's is not 0, the root ancestor is 1, no ancestor 1000 levels down, the socket's is the task's, and the same for the socket's ancestors); net_cls class ids 0 (cgroup v2), no route realm, socket uid 0, a network namespace cookie not 0
; type: sched_cls
; packet: 020000000002 020000000001 0800 4500002e000100004011f96ac0a80001c0a80002 30390035001a8629 68656c6c6f2c20627066706c617921210001
; map: out:array:4:40:1

  r6 = r1
  r9 = map_value[out] + 0 ll
  r8 = 0
  call bpf_get_current_cgroup_id
  r7 = r0
  if r7 == 0 goto a
  r8 |= 1
a:
  r1 = 0
  call bpf_get_current_ancestor_cgroup_id
  if r0 != 1 goto b
  r8 |= 2
b:
  r1 = 1000
  call bpf_get_current_ancestor_cgroup_id
  if r0 != 0 goto c
  r8 |= 4
c:
  r1 = r6
  call bpf_skb_cgroup_id
  if r0 != r7 goto d
  r8 |= 8
d:
  r1 = r6
  r2 = 0
  call bpf_skb_ancestor_cgroup_id
  if r0 != 1 goto e
  r8 |= 16
e:
  r1 = r6
  r2 = 1000
  call bpf_skb_ancestor_cgroup_id
  if r0 != 0 goto f
  r8 |= 32
f:
  r1 = r6
  call bpf_get_netns_cookie
  if r0 == 0 goto g
  r8 |= 64
g:
  r1 = r6
  call bpf_get_cgroup_classid
  *(u64 *)(r9 + 0) = r0
  r1 = r6
  call bpf_skb_cgroup_classid
  *(u64 *)(r9 + 8) = r0
  r1 = r6
  call bpf_get_route_realm
  *(u64 *)(r9 + 16) = r0
  r1 = r6
  call bpf_get_socket_uid
  *(u64 *)(r9 + 24) = r0
  r0 = r8
  exit
