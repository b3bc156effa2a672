; about: constant key 3 spilled from a 32-bit register to an 8-aligned slot: the array lookup cannot fail
; type: xdp
; map: a:array:4:8:4

  w1 = 3
  *(u32 *)(r10 - 8) = w1
  r1 = map[a] ll
  r2 = r10
  r2 += -8
  call bpf_map_lookup_elem
  r0 = *(u64 *)(r0 + 0)
  exit
