; about: a lookup's result equal to a stack pointer is still maybe NULL: only pointers reg_not_null names (map values, sockets, ...) lift it, not the stack
; type: xdp
; map: m:hash:4:8:16

  *(u32 *)(r10 - 4) = 0
  r1 = map[m] ll
  r2 = r10
  r2 += -4
  call bpf_map_lookup_elem
  r6 = r10
  r6 += -4
  if r6 != r0 goto out
  r1 = *(u64 *)(r0 + 0)
out:
  r0 = 2
  exit
