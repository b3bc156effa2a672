; Second link of tail_call_chain.s: adds 10 and tail-calls slot 2.
  r9 = map_value[out] + 0 ll
  r2 = 10
  lock *(u64 *)(r9 + 0) += r2
  r2 = map[jmp] ll
  r3 = 2
  call bpf_tail_call
  r0 = 2
  exit
