; about: bpf_skb_change_tail in tc: -EINVAL for flags, past BPF_SKB_MAX_LEN or shorter than the link-layer header; grown with zeros to 70 (len follows), then cut to 20: the packet comes back 20 bytes long
; type: sched_cls
; packet: 020000000002 020000000001 0800 4500002e000100004011f96ac0a80001c0a80002 30390035001a8629 68656c6c6f2c20627066706c617921210001
; map: out:array:4:64:1

  r6 = r1
  r9 = map_value[out] + 0 ll
  r1 = r6
  r2 = 70
  r3 = 1
  call bpf_skb_change_tail
  *(u64 *)(r9 + 0) = r0         ; -EINVAL: flags
  r1 = r6
  r2 = 16065
  r3 = 0
  call bpf_skb_change_tail
  *(u64 *)(r9 + 8) = r0         ; -EINVAL
  r1 = r6
  r2 = 13
  r3 = 0
  call bpf_skb_change_tail
  *(u64 *)(r9 + 16) = r0        ; -EINVAL: inside the Ethernet header
  r1 = r6
  r2 = 70
  r3 = 0
  call bpf_skb_change_tail
  *(u64 *)(r9 + 24) = r0        ; 0
  r1 = *(u32 *)(r6 + 0)
  *(u64 *)(r9 + 32) = r1        ; 70
  r2 = *(u32 *)(r6 + 76)
  r3 = *(u32 *)(r6 + 80)
  r3 -= r2
  *(u64 *)(r9 + 40) = r3        ; 70
  r1 = r6
  r2 = 20
  r3 = 0
  call bpf_skb_change_tail
  *(u64 *)(r9 + 48) = r0        ; 0
  r1 = *(u32 *)(r6 + 0)
  *(u64 *)(r9 + 56) = r1        ; 20
  r0 = 0
  exit
