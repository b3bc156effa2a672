; about: a subprogram returns a value masked to 0..7; the caller indexes a map value with it
; type: xdp
; map: m:array:4:8:1

  call pick
  r6 = r0
  *(u32 *)(r10 - 4) = 0
  r1 = map[m] ll
  r2 = r10
  r2 += -4
  call bpf_map_lookup_elem
  if r0 == 0 goto out
  r0 += r6
  r0 = *(u8 *)(r0 + 0)
  exit
out:
  r0 = 0
  exit
pick:
  call bpf_get_prandom_u32
  r0 &= 7
  exit
