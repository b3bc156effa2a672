; about: array map: lookup in and out of range, update flags (NOEXIST -17), update past the end -7, delete -22
; type: xdp
; packet: 020000000002 020000000001 0800 4500002e000100004011f96ac0a80001c0a80002 30390035001a8629 68656c6c6f2c20627066706c617921210001
; map: a:array:4:8:4
; map: out:array:4:48:1

  r9 = map_value[out] + 0 ll
  *(u32 *)(r10 - 4) = 2
  r1 = map[a] ll
  r2 = r10
  r2 += -4
  call bpf_map_lookup_elem
  if r0 == 0 goto fail
  *(u64 *)(r0 + 0) = 0x2222
  *(u32 *)(r10 - 4) = 4
  r1 = map[a] ll
  r2 = r10
  r2 += -4
  call bpf_map_lookup_elem
  *(u64 *)(r9 + 0) = r0         ; NULL: 4 is past the end
  *(u32 *)(r10 - 4) = 1
  *(u64 *)(r10 - 16) = 0x1111
  r1 = map[a] ll
  r2 = r10
  r2 += -4
  r3 = r10
  r3 += -16
  r4 = 1                        ; BPF_NOEXIST: array slots always exist
  call bpf_map_update_elem
  *(u64 *)(r9 + 8) = r0
  r1 = map[a] ll
  r2 = r10
  r2 += -4
  r3 = r10
  r3 += -16
  r4 = 2                        ; BPF_EXIST
  call bpf_map_update_elem
  *(u64 *)(r9 + 16) = r0
  *(u32 *)(r10 - 4) = 7
  r1 = map[a] ll
  r2 = r10
  r2 += -4
  r3 = r10
  r3 += -16
  r4 = 0
  call bpf_map_update_elem
  *(u64 *)(r9 + 24) = r0
  *(u32 *)(r10 - 4) = 1
  r1 = map[a] ll
  r2 = r10
  r2 += -4
  call bpf_map_delete_elem
  *(u64 *)(r9 + 32) = r0
  r0 = 0
  exit
fail:
  r0 = 1
  exit
