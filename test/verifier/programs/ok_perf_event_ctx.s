; about: a perf_event program reads sample_period from bpf_perf_event_data
; type: perf_event

  r0 = *(u64 *)(r1 + 168)
  exit
