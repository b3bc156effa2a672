; about: stack map (LIFO): push, peek, pop; full -7, BPF_EXIST drops the bottom; what remains, in pop order
; type: sched_cls
; packet: 020000000002 020000000001 0800 4500002e000100004011f96ac0a80001c0a80002 30390035001a8629 68656c6c6f2c20627066706c617921210001
; map: s:stack:0:8:3
; map: out:array:4:40:1
; init: s::aa00000000000000

  r9 = map_value[out] + 0 ll
  *(u64 *)(r10 - 8) = 0xbb
  r1 = map[s] ll
  r2 = r10
  r2 += -8
  r3 = 0
  call bpf_map_push_elem
  *(u64 *)(r10 - 8) = 0xcc
  r1 = map[s] ll
  r2 = r10
  r2 += -8
  r3 = 0
  call bpf_map_push_elem
  *(u64 *)(r10 - 8) = 0xdd
  r1 = map[s] ll
  r2 = r10
  r2 += -8
  r3 = 0
  call bpf_map_push_elem
  *(u64 *)(r9 + 0) = r0         ; full: -7
  r1 = map[s] ll
  r2 = r10
  r2 += -8
  r3 = 2                        ; BPF_EXIST
  call bpf_map_push_elem
  *(u64 *)(r9 + 8) = r0
  r1 = map[s] ll
  r2 = r10
  r2 += -16
  call bpf_map_peek_elem
  r1 = *(u64 *)(r10 - 16)
  *(u64 *)(r9 + 16) = r1
  r1 = map[s] ll
  r2 = r10
  r2 += -16
  call bpf_map_pop_elem
  r1 = *(u64 *)(r10 - 16)
  *(u64 *)(r9 + 24) = r1
  *(u64 *)(r9 + 32) = r0
  r0 = 0
  exit
