; about: data_end >= data + 8 jumps away; the fall-through (packet too short) reads
; type: xdp

  r2 = *(u32 *)(r1 + 0)
  r3 = *(u32 *)(r1 + 4)
  r4 = r2
  r4 += 8
  if r3 >= r4 goto out
  r0 = *(u64 *)(r2 + 0)
  exit
out:
  r0 = 0
  exit
