; about: bpf_perf_event_output from tc with a packet length in the flags: up to skb->len (the whole 60-byte frame) it gets to the slot (-ENOENT: no perf event open), one byte more is -EFAULT; bit 52 is -EINVAL
; type: sched_cls
; packet: 020000000002 020000000001 0800 4500002e000100004011f96ac0a80001c0a80002 30390035001a8629 68656c6c6f2c20627066706c617921210001
; map: events:perf_event_array:4:4:2
; map: out:array:4:24:1

  r6 = r1
  r9 = map_value[out] + 0 ll
  *(u64 *)(r10 - 8) = 0x42
  r1 = r6
  r2 = map[events] ll
  r3 = 0x3cffffffff ll          ; BPF_F_CURRENT_CPU and the whole packet
  r4 = r10
  r4 += -8
  r5 = 8
  call bpf_perf_event_output
  *(u64 *)(r9 + 0) = r0
  r1 = r6
  r2 = map[events] ll
  r3 = 0x3dffffffff ll          ; one byte past it
  r4 = r10
  r4 += -8
  r5 = 8
  call bpf_perf_event_output
  *(u64 *)(r9 + 8) = r0
  r1 = r6
  r2 = map[events] ll
  r3 = 0x10000000000000 ll      ; bit 52: above BPF_F_CTXLEN_MASK
  r4 = r10
  r4 += -8
  r5 = 8
  call bpf_perf_event_output
  *(u64 *)(r9 + 16) = r0
  r0 = 0
  exit
