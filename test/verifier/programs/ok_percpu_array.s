; about: a per-CPU array counter
; type: xdp
; map: c:percpu_array:4:8:1

  *(u32 *)(r10 - 4) = 0
  r1 = map[c] ll
  r2 = r10
  r2 += -4
  call bpf_map_lookup_elem
  if r0 == 0 goto out
  r1 = *(u64 *)(r0 + 0)
  r1 += 1
  *(u64 *)(r0 + 0) = r1
out:
  r0 = 2
  exit
