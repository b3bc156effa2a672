; about: a function returns 4 or 400 depending on its argument; the caller uses the result as an offset after the paths join
; type: xdp
; map: m:array:4:16:1

  call bpf_get_prandom_u32
  r1 = r0
  call pick
  r6 = r0
  *(u32 *)(r10 - 4) = 0
  r1 = map[m] ll
  r2 = r10
  r2 += -4
  call bpf_map_lookup_elem
  if r0 == 0 goto out
  r0 += r6
  r0 = *(u32 *)(r0 + 0)
  exit
out:
  r0 = 0
  exit
pick:
  r0 = 4
  if r1 > 5 goto big
  exit
big:
  r0 = 400
  exit
