; about: queue map (FIFO): push, peek, pop; push on a full queue -7, with BPF_EXIST it drops the oldest; pop when empty -2
; type: xdp
; packet: 020000000002 020000000001 0800 4500002e000100004011f96ac0a80001c0a80002 30390035001a8629 68656c6c6f2c20627066706c617921210001
; map: q:queue:0:4:3
; map: out:array:4:64:1

  r9 = map_value[out] + 0 ll
  r7 = 1
push:
  *(u32 *)(r10 - 4) = w7
  r1 = map[q] ll
  r2 = r10
  r2 += -4
  r3 = 0
  call bpf_map_push_elem
  r7 += 1
  if r7 <= 3 goto push
  *(u32 *)(r10 - 4) = 4
  r1 = map[q] ll
  r2 = r10
  r2 += -4
  r3 = 0
  call bpf_map_push_elem
  *(u64 *)(r9 + 0) = r0         ; full
  r1 = map[q] ll
  r2 = r10
  r2 += -4
  r3 = 2                        ; BPF_EXIST: push anyway, dropping the oldest (1)
  call bpf_map_push_elem
  *(u64 *)(r9 + 8) = r0
  *(u32 *)(r10 - 8) = 0
  r1 = map[q] ll
  r2 = r10
  r2 += -8
  call bpf_map_peek_elem
  *(u64 *)(r9 + 16) = r0
  r1 = *(u32 *)(r10 - 8)        ; 2
  *(u64 *)(r9 + 24) = r1
  r1 = map[q] ll
  r2 = r10
  r2 += -8
  call bpf_map_pop_elem
  *(u64 *)(r9 + 32) = r0
  r1 = *(u32 *)(r10 - 8)        ; 2 again, now gone
  *(u64 *)(r9 + 40) = r1
  r0 = 0
  exit
