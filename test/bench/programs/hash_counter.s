; Count packets per IP protocol in a hash map.
.section xdp
.map counts, type=hash, key_size=4, value_size=8, max_entries=256
  r2 = *(u32 *)(r1 + 4)
  r1 = *(u32 *)(r1 + 0)
  r3 = r1
  r3 += 34
  r0 = 2
  if r3 > r2 goto out
  r4 = *(u8 *)(r1 + 23)
  *(u32 *)(r10 - 4) = r4
  r1 = map[counts] ll
  r2 = r10
  r2 += -4
  call bpf_map_lookup_elem
  if r0 == 0 goto insert
  r1 = 1
  lock *(u64 *)(r0 + 0) += r1
  r0 = 2
  goto out
insert:
  *(u64 *)(r10 - 16) = 1
  r1 = map[counts] ll
  r2 = r10
  r2 += -4
  r3 = r10
  r3 += -16
  r4 = 0
  call bpf_map_update_elem
  r0 = 2
out:
  exit
