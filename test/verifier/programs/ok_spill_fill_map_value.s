; about: a null-checked map value pointer spilled across a helper call
; type: xdp
; map: m:hash:4:8:16

  *(u32 *)(r10 - 4) = 0
  r1 = map[m] ll
  r2 = r10
  r2 += -4
  call bpf_map_lookup_elem
  if r0 == 0 goto out
  *(u64 *)(r10 - 16) = r0
  call bpf_ktime_get_ns
  r1 = *(u64 *)(r10 - 16)
  *(u64 *)(r1 + 0) = r0
out:
  r0 = 0
  exit
