; about: queue map filled before the run: pop everything, then pop and peek on the empty queue give -2
; type: xdp
; packet: 020000000002 020000000001 0800 4500002e000100004011f96ac0a80001c0a80002 30390035001a8629 68656c6c6f2c20627066706c617921210001
; map: q:queue:0:8:4
; map: out:array:4:48:1
; init: q::0100000000000000
; init: q::0200000000000000

  r9 = map_value[out] + 0 ll
  r6 = 0
  *(u64 *)(r10 - 8) = 0
  r1 = map[q] ll
  r2 = r10
  r2 += -8
  call bpf_map_pop_elem
  *(u64 *)(r9 + 0) = r0
  r1 = *(u64 *)(r10 - 8)
  *(u64 *)(r9 + 8) = r1
  r1 = map[q] ll
  r2 = r10
  r2 += -8
  call bpf_map_pop_elem
  r1 = *(u64 *)(r10 - 8)
  *(u64 *)(r9 + 16) = r1
  r1 = map[q] ll
  r2 = r10
  r2 += -8
  call bpf_map_pop_elem
  *(u64 *)(r9 + 24) = r0
  r1 = map[q] ll
  r2 = r10
  r2 += -8
  call bpf_map_peek_elem
  *(u64 *)(r9 + 32) = r0
  r1 = *(u64 *)(r10 - 8)        ; what a failed pop leaves in the buffer
  *(u64 *)(r9 + 40) = r1
  exit
