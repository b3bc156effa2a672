; about: LRU per-CPU hash: update and read back on CPU 0, over two runs
; type: xdp
; packet: 020000000002 020000000001 0800 4500002e000100004011f96ac0a80001c0a80002 30390035001a8629 68656c6c6f2c20627066706c617921210001
; repeat: 2
; map: lp:lru_percpu_hash:4:16:4
; init: lp:02000000:0100000000000000 0200000000000000

  *(u32 *)(r10 - 4) = 2
  r1 = map[lp] ll
  r2 = r10
  r2 += -4
  call bpf_map_lookup_elem
  if r0 == 0 goto fail
  r1 = *(u64 *)(r0 + 0)
  r2 = *(u64 *)(r0 + 8)
  r1 += r2
  *(u64 *)(r0 + 8) = r1
  *(u32 *)(r10 - 4) = 3
  *(u64 *)(r10 - 24) = r1
  *(u64 *)(r10 - 16) = r2
  r1 = map[lp] ll
  r2 = r10
  r2 += -4
  r3 = r10
  r3 += -24
  r4 = 0
  call bpf_map_update_elem
  r0 = *(u64 *)(r10 - 24)
  exit
fail:
  r0 = 0
  exit
