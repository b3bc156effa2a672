; about: LRU hash eviction: 8 keys into 4 slots, with key 1 looked up between inserts to keep it hot
; type: xdp
; packet: 020000000002 020000000001 0800 4500002e000100004011f96ac0a80001c0a80002 30390035001a8629 68656c6c6f2c20627066706c617921210001
; map: lru:lru_hash:4:8:4
; map: out:array:4:64:1

  r9 = map_value[out] + 0 ll
  r7 = 1
loop:
  *(u32 *)(r10 - 4) = w7
  r1 = r7
  r1 *= 0x11
  *(u64 *)(r10 - 16) = r1
  r1 = map[lru] ll
  r2 = r10
  r2 += -4
  r3 = r10
  r3 += -16
  r4 = 0
  call bpf_map_update_elem
  r1 = r7
  r1 <<= 3
  r1 += r9
  *(u64 *)(r1 - 8) = r0         ; out[k-1] = the update's return
  *(u32 *)(r10 - 4) = 1
  r1 = map[lru] ll
  r2 = r10
  r2 += -4
  call bpf_map_lookup_elem
  r7 += 1
  if r7 <= 8 goto loop
  r0 = 0
  exit
