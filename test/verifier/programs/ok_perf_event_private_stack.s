; about: perf_event programs get private stacks in the 6.18 kernel (bpf_enable_priv_stack; kprobe, tracepoint and raw_tracepoint did not, measured): a function whose stack is 64 bytes or more runs on its own, outside its call chain's combined 512 bytes
; type: perf_event

  r1 = 42
  *(u64 *)(r10 - 512) = r1
  call sub
  r0 = 0
  exit
sub:
  r1 = 1
  *(u64 *)(r10 - 64) = r1
  call subsub
  r0 = 0
  exit
subsub:
  r1 = 2
  *(u64 *)(r10 - 48) = r1
  r0 = 0
  exit
