; about: LRU hash eviction without lookups: 6 keys into 4 slots, which ones are left
; type: xdp
; packet: 020000000002 020000000001 0800 4500002e000100004011f96ac0a80001c0a80002 30390035001a8629 68656c6c6f2c20627066706c617921210001
; map: lru:lru_hash:4:4:4

  r7 = 1
loop:
  *(u32 *)(r10 - 4) = w7
  *(u32 *)(r10 - 8) = w7
  r1 = map[lru] ll
  r2 = r10
  r2 += -4
  r3 = r10
  r3 += -8
  r4 = 0
  call bpf_map_update_elem
  r7 += 1
  if r7 <= 6 goto loop
  r0 = 0
  exit
