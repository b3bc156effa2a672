; about: bpf_skb_change_type: the packet to another host (PACKET_OTHERHOST) made PACKET_HOST and then PACKET_MULTICAST, read back in pkt_type; PACKET_OUTGOING refused
; type: sched_cls
; packet: 020000000002 020000000001 0800 4500002e000100004011f96ac0a80001c0a80002 30390035001a8629 68656c6c6f2c20627066706c617921210001
; map: out:array:4:48:1

  r6 = r1
  r9 = map_value[out] + 0 ll
  r1 = *(u32 *)(r6 + 4)
  *(u64 *)(r9 + 0) = r1         ; 3
  r1 = r6
  r2 = 0
  call bpf_skb_change_type
  *(u64 *)(r9 + 8) = r0
  r1 = *(u32 *)(r6 + 4)
  *(u64 *)(r9 + 16) = r1        ; 0
  r1 = r6
  r2 = 4
  call bpf_skb_change_type
  *(u64 *)(r9 + 24) = r0        ; -EINVAL
  r1 = r6
  r2 = 2
  call bpf_skb_change_type
  *(u64 *)(r9 + 32) = r0
  r1 = *(u32 *)(r6 + 4)
  *(u64 *)(r9 + 40) = r1        ; 2
  r0 = 0
  exit
