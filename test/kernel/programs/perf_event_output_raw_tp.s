; about: bpf_perf_event_output from a raw tracepoint takes no context length: any flag bit above the index is -EINVAL, before the slot is checked; with the index alone, -ENOENT (no perf event open), -E2BIG past max_entries
; type: raw_tracepoint
; ctx: 0100000000000000
; map: events:perf_event_array:4:4:2
; map: out:array:4:32:1

  r6 = r1
  r9 = map_value[out] + 0 ll
  *(u64 *)(r10 - 8) = 0x42
  r1 = r6
  r2 = map[events] ll
  r3 = 0x10ffffffff ll          ; BPF_F_CURRENT_CPU and a context length of 16
  r4 = r10
  r4 += -8
  r5 = 8
  call bpf_perf_event_output
  *(u64 *)(r9 + 0) = r0
  r1 = r6
  r2 = map[events] ll
  r3 = 0x100000005 ll           ; a context length of 1 and slot 5 of 2
  r4 = r10
  r4 += -8
  r5 = 8
  call bpf_perf_event_output
  *(u64 *)(r9 + 8) = r0
  r1 = r6
  r2 = map[events] ll
  r3 = 0xffffffff ll            ; BPF_F_CURRENT_CPU
  r4 = r10
  r4 += -8
  r5 = 8
  call bpf_perf_event_output
  *(u64 *)(r9 + 16) = r0
  r1 = r6
  r2 = map[events] ll
  r3 = 5                        ; slot 5 of 2
  r4 = r10
  r4 += -8
  r5 = 8
  call bpf_perf_event_output
  *(u64 *)(r9 + 24) = r0
  r0 = 0
  exit
