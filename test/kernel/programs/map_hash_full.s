; about: a full hash map: a new key fails with -7 (E2BIG), replacing a present key still works
; type: xdp
; packet: 020000000002 020000000001 0800 4500002e000100004011f96ac0a80001c0a80002 30390035001a8629 68656c6c6f2c20627066706c617921210001
; map: h:hash:4:4:2
; map: out:array:4:24:1
; init: h:01000000:01000000
; init: h:02000000:02000000

  r9 = map_value[out] + 0 ll
  *(u32 *)(r10 - 4) = 3
  *(u32 *)(r10 - 8) = 3
  r1 = map[h] ll
  r2 = r10
  r2 += -4
  r3 = r10
  r3 += -8
  r4 = 0
  call bpf_map_update_elem
  *(u64 *)(r9 + 0) = r0
  *(u32 *)(r10 - 4) = 2
  r1 = map[h] ll
  r2 = r10
  r2 += -4
  r3 = r10
  r3 += -8
  r4 = 0
  call bpf_map_update_elem
  *(u64 *)(r9 + 8) = r0
  *(u32 *)(r10 - 4) = 1
  r1 = map[h] ll
  r2 = r10
  r2 += -4
  call bpf_map_delete_elem
  *(u32 *)(r10 - 4) = 3
  r1 = map[h] ll
  r2 = r10
  r2 += -4
  r3 = r10
  r3 += -8
  r4 = 0
  call bpf_map_update_elem
  *(u64 *)(r9 + 16) = r0
  exit
