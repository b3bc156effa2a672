; Last link of tail_call_chain.s: adds 100, returns the total.
  r9 = map_value[out] + 0 ll
  r2 = 100
  lock *(u64 *)(r9 + 0) += r2
  r0 = *(u64 *)(r9 + 0)
  exit
