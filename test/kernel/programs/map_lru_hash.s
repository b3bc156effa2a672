; about: LRU hash basic operations: update, lookup, delete, NOEXIST on a present key -17
; type: xdp
; packet: 020000000002 020000000001 0800 4500002e000100004011f96ac0a80001c0a80002 30390035001a8629 68656c6c6f2c20627066706c617921210001
; map: lru:lru_hash:4:8:8
; map: out:array:4:24:1
; init: lru:0a000000:0a00000000000000

  r9 = map_value[out] + 0 ll
  *(u32 *)(r10 - 4) = 11
  *(u64 *)(r10 - 16) = 0xb
  r1 = map[lru] ll
  r2 = r10
  r2 += -4
  r3 = r10
  r3 += -16
  r4 = 0
  call bpf_map_update_elem
  *(u64 *)(r9 + 0) = r0
  *(u32 *)(r10 - 4) = 10
  r1 = map[lru] ll
  r2 = r10
  r2 += -4
  r3 = r10
  r3 += -16
  r4 = 1
  call bpf_map_update_elem
  *(u64 *)(r9 + 8) = r0
  r1 = map[lru] ll
  r2 = r10
  r2 += -4
  call bpf_map_lookup_elem
  if r0 == 0 goto fail
  r1 = *(u64 *)(r0 + 0)
  r1 += 0x100
  *(u64 *)(r0 + 0) = r1
  *(u32 *)(r10 - 4) = 11
  r1 = map[lru] ll
  r2 = r10
  r2 += -4
  call bpf_map_delete_elem
  *(u64 *)(r9 + 16) = r0
  r0 = 0
  exit
fail:
  r0 = 1
  exit
