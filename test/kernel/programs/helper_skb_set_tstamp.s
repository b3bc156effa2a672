; about: bpf_skb_set_tstamp: a wall-clock time (it may be 0), a monotonic one (not 0), read back in tstamp and tstamp_type; -EINVAL for a zero monotonic time or an unknown clock
; type: sched_cls
; packet: 020000000002 020000000001 0800 4500002e000100004011f96ac0a80001c0a80002 30390035001a8629 68656c6c6f2c20627066706c617921210001
; map: out:array:4:64:1

  r6 = r1
  r9 = map_value[out] + 0 ll
  r1 = r6
  r2 = 1000
  r3 = 0
  call bpf_skb_set_tstamp
  *(u64 *)(r9 + 0) = r0
  r1 = *(u64 *)(r6 + 152)
  *(u64 *)(r9 + 8) = r1         ; 1000
  r1 = *(u8 *)(r6 + 180)
  *(u64 *)(r9 + 16) = r1        ; 0
  r1 = r6
  r2 = 0
  r3 = 1
  call bpf_skb_set_tstamp
  *(u64 *)(r9 + 24) = r0        ; -EINVAL
  r1 = r6
  r2 = 5
  r3 = 1
  call bpf_skb_set_tstamp
  *(u64 *)(r9 + 32) = r0
  r1 = *(u64 *)(r6 + 152)
  *(u64 *)(r9 + 40) = r1        ; 5
  r1 = *(u8 *)(r6 + 180)
  *(u64 *)(r9 + 48) = r1        ; 1
  r1 = r6
  r2 = 5
  r3 = 9
  call bpf_skb_set_tstamp
  *(u64 *)(r9 + 56) = r0        ; -EINVAL
  r0 = 0
  exit
