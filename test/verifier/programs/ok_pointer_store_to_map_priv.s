; about: storing the ctx pointer into a map value: a leak for unprivileged loaders, allowed for root
; type: xdp
; map: a:array:4:8:1

  r6 = r1
  *(u32 *)(r10 - 4) = 0
  r1 = map[a] ll
  r2 = r10
  r2 += -4
  call bpf_map_lookup_elem
  if r0 == 0 goto out
  *(u64 *)(r0 + 0) = r6
out:
  r0 = 0
  exit
