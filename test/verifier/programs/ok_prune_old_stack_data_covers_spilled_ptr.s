; about: pruning: where the state already explored at insn 8 held data at fp-8, the current one may hold anything there (here a spilled context pointer), so the 4-byte read that would be an invalid fill of it is never checked
; type: socket_filter

  r9 = r1
  call bpf_ktime_get_ns
  if r0 == 0 goto +4
  call bpf_ktime_get_ns
  *(u64 *)(r10 - 8) = r0
  *(u32 *)(r10 - 4) = w0
  goto +1
  *(u64 *)(r10 - 8) = r9
  w1 = *(u32 *)(r10 - 8)
  exit
