; about: atomics on a hash map's value: counters bumped with lock add and fetch_add, over 3 runs
; type: xdp
; packet: 020000000002 020000000001 0800 4500002e000100004011f96ac0a80001c0a80002 30390035001a8629 68656c6c6f2c20627066706c617921210001
; repeat: 3
; map: counts:hash:4:16:4
; init: counts:01000000:0a00000000000000 ffffffff00000000

  *(u32 *)(r10 - 4) = 1
  r1 = map[counts] ll
  r2 = r10
  r2 += -4
  call bpf_map_lookup_elem
  if r0 == 0 goto miss
  r1 = 5
  lock *(u64 *)(r0 + 0) += r1
  w2 = 1
  w2 = atomic_fetch_add((u32 *)(r0 + 8), w2)
  w3 = 0x100
  lock *(u32 *)(r0 + 12) |= w3
  r0 = r2
  exit
miss:
  r0 = 99
  exit
