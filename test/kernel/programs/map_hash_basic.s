; about: hash map: update (BPF_ANY), lookup, change through the pointer, delete
; type: xdp
; packet: 020000000002 020000000001 0800 4500002e000100004011f96ac0a80001c0a80002 30390035001a8629 68656c6c6f2c20627066706c617921210001
; map: h:hash:4:8:8

  *(u32 *)(r10 - 4) = 1
  *(u64 *)(r10 - 16) = 10
  r1 = map[h] ll
  r2 = r10
  r2 += -4
  r3 = r10
  r3 += -16
  r4 = 0                        ; BPF_ANY
  call bpf_map_update_elem
  r6 = r0
  *(u32 *)(r10 - 4) = 2
  *(u64 *)(r10 - 16) = 20
  r1 = map[h] ll
  r2 = r10
  r2 += -4
  r3 = r10
  r3 += -16
  r4 = 0
  call bpf_map_update_elem
  r6 += r0
  *(u32 *)(r10 - 4) = 3
  r1 = map[h] ll
  r2 = r10
  r2 += -4
  r3 = r10
  r3 += -16
  r4 = 0
  call bpf_map_update_elem
  *(u32 *)(r10 - 4) = 1
  r1 = map[h] ll
  r2 = r10
  r2 += -4
  call bpf_map_lookup_elem
  if r0 == 0 goto out
  r1 = *(u64 *)(r0 + 0)
  r1 += 5
  *(u64 *)(r0 + 0) = r1
  r6 += r1
  *(u32 *)(r10 - 4) = 2
  r1 = map[h] ll
  r2 = r10
  r2 += -4
  call bpf_map_delete_elem
  r6 += r0
  r0 = r6
out:
  exit
