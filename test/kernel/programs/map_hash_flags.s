; about: hash update flags and error codes: NOEXIST on a present key -17, EXIST on an absent one -2, delete absent -2, bad flags -22
; type: xdp
; packet: 020000000002 020000000001 0800 4500002e000100004011f96ac0a80001c0a80002 30390035001a8629 68656c6c6f2c20627066706c617921210001
; map: h:hash:4:4:8
; map: out:array:4:56:1
; init: h:01000000:11111111

  r9 = map_value[out] + 0 ll
  *(u32 *)(r10 - 4) = 1
  *(u32 *)(r10 - 8) = 0x22222222
  r1 = map[h] ll
  r2 = r10
  r2 += -4
  r3 = r10
  r3 += -8
  r4 = 1                        ; BPF_NOEXIST, key 1 is there
  call bpf_map_update_elem
  *(u64 *)(r9 + 0) = r0
  *(u32 *)(r10 - 4) = 2
  r1 = map[h] ll
  r2 = r10
  r2 += -4
  r3 = r10
  r3 += -8
  r4 = 2                        ; BPF_EXIST, key 2 is not
  call bpf_map_update_elem
  *(u64 *)(r9 + 8) = r0
  r1 = map[h] ll
  r2 = r10
  r2 += -4
  r3 = r10
  r3 += -8
  r4 = 1                        ; BPF_NOEXIST, key 2: fine
  call bpf_map_update_elem
  *(u64 *)(r9 + 16) = r0
  *(u32 *)(r10 - 8) = 0x33333333
  r1 = map[h] ll
  r2 = r10
  r2 += -4
  r3 = r10
  r3 += -8
  r4 = 2                        ; BPF_EXIST, key 2 now is
  call bpf_map_update_elem
  *(u64 *)(r9 + 24) = r0
  *(u32 *)(r10 - 4) = 9
  r1 = map[h] ll
  r2 = r10
  r2 += -4
  call bpf_map_delete_elem
  *(u64 *)(r9 + 32) = r0
  r1 = map[h] ll
  r2 = r10
  r2 += -4
  r3 = r10
  r3 += -8
  r4 = 4                        ; BPF_F_LOCK without a spin lock in the value
  call bpf_map_update_elem
  *(u64 *)(r9 + 40) = r0
  r1 = map[h] ll
  r2 = r10
  r2 += -4
  r3 = r10
  r3 += -8
  r4 = 8                        ; no such flag
  call bpf_map_update_elem
  *(u64 *)(r9 + 48) = r0
  r0 = 0
  exit
