; about: bpf_redirect_peer and bpf_redirect_neigh in tc: TC_ACT_REDIRECT (7), TC_ACT_SHOT (2) for any flags or a neighbour struct shorter than struct bpf_redir_neigh; test_run only reports it
; type: sched_cls
; packet: 020000000002 020000000001 0800 4500002e000100004011f96ac0a80001c0a80002 30390035001a8629 68656c6c6f2c20627066706c617921210001
; map: out:array:4:48:1

  r9 = map_value[out] + 0 ll
  r1 = 1
  r2 = 0
  call bpf_redirect_peer
  *(u64 *)(r9 + 0) = r0
  r1 = 1
  r2 = 1
  call bpf_redirect_peer
  *(u64 *)(r9 + 8) = r0
  r1 = 1
  r2 = 0
  r3 = 0
  r4 = 0
  call bpf_redirect_neigh
  *(u64 *)(r9 + 16) = r0
  *(u64 *)(r10 - 24) = 0
  *(u64 *)(r10 - 16) = 0
  *(u64 *)(r10 - 8) = 0
  r1 = 1
  r2 = r10
  r2 += -24
  r3 = 8
  r4 = 0
  call bpf_redirect_neigh
  *(u64 *)(r9 + 24) = r0
  r1 = 1
  r2 = r10
  r2 += -24
  r3 = 20
  r4 = 0
  call bpf_redirect_neigh
  *(u64 *)(r9 + 32) = r0
  r1 = 1
  r2 = 0
  r3 = 0
  r4 = 1
  call bpf_redirect_neigh
  *(u64 *)(r9 + 40) = r0
  r0 = 0
  exit
