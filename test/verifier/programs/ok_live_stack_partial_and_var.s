; about: stack liveness: a 4-byte store does not write its slot whole, a read at a variable offset may read every slot of its range, a helper's key is read
; type: socket_filter
; map: m:hash:8:8:1

  *(u32 *)(r10 - 8) = 0
  *(u64 *)(r10 - 16) = 0
  *(u64 *)(r10 - 24) = 0
  call bpf_get_prandom_u32
  r0 &= 8
  r1 = r10
  r1 += -24
  r1 += r0
  r3 = *(u64 *)(r1 + 0)
  r2 = r10
  r2 += -8
  r1 = map[m] ll
  call bpf_map_lookup_elem
  r0 = 0
  exit
