; about: bpf_skb_pull_data on a linear skb: 0 for 0 (the head), 14 and the whole packet; -ENOMEM past its end; data and data_end stay where they were
; type: sched_cls
; packet: 020000000002 020000000001 0800 4500002e000100004011f96ac0a80001c0a80002 30390035001a8629 68656c6c6f2c20627066706c617921210001
; map: out:array:4:40:1

  r6 = r1
  r9 = map_value[out] + 0 ll
  r1 = r6
  r2 = 0
  call bpf_skb_pull_data
  *(u64 *)(r9 + 0) = r0
  r1 = r6
  r2 = 14
  call bpf_skb_pull_data
  *(u64 *)(r9 + 8) = r0
  r1 = r6
  r2 = 60
  call bpf_skb_pull_data
  *(u64 *)(r9 + 16) = r0
  r1 = r6
  r2 = 61
  call bpf_skb_pull_data
  *(u64 *)(r9 + 24) = r0
  r2 = *(u32 *)(r6 + 76)
  r3 = *(u32 *)(r6 + 80)
  r3 -= r2
  *(u64 *)(r9 + 32) = r3        ; 60 bytes between data and data_end
  r0 = 0
  exit
