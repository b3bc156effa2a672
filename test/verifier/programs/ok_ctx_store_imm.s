; about: an immediate store (BPF_ST) into the writable __sk_buff->mark: newer kernels accept it
; type: sched_cls

  *(u32 *)(r1 + 8) = 1
  r0 = 0
  exit
