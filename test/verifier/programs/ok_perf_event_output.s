; about: bpf_perf_event_output with the ctx, a perf event array and stack data
; type: xdp
; map: ev:perf_event_array:4:4:4

  *(u64 *)(r10 - 8) = 1
  r2 = map[ev] ll
  r3 = 0xffffffff ll
  r4 = r10
  r4 += -8
  r5 = 8
  call bpf_perf_event_output
  r0 = 2
  exit
