; about: a 4-byte spill over a spilled 0 makes the slot's other 4 bytes data, not zero: a key read
; about: there is not a constant, so the lookup may fail (found by the fuzzer: bpfplay accepted it)
; type: socket_filter
; map: a:array:4:8:4

  *(u64 *)(r10 - 8) = 0
  call bpf_get_prandom_u32
  *(u32 *)(r10 - 8) = w0
  r1 = map[a] ll
  r2 = r10
  r2 += -4
  call bpf_map_lookup_elem
  r0 = *(u64 *)(r0 + 0)
  r0 = 0
  exit
