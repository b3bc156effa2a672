; about: bpf_skb_load_bytes_relative (sched_cls): from the link-layer header (the EtherType at 12) and from the network header (the IPv4 protocol at 9), wherever skb->data is; -EFAULT and a zeroed buffer past the end or for an unknown start
; type: sched_cls
; packet: 020000000002 020000000001 0800 4500002e000100004011f96ac0a80001c0a80002 30390035001a8629 68656c6c6f2c20627066706c617921210001
; map: out:array:4:48:1

  r6 = r1
  r9 = map_value[out] + 0 ll
  *(u64 *)(r10 - 8) = 0
  r1 = r6
  r2 = 12
  r3 = r10
  r3 += -8
  r4 = 2
  r5 = 0
  call bpf_skb_load_bytes_relative
  *(u64 *)(r9 + 0) = r0
  r1 = *(u64 *)(r10 - 8)
  *(u64 *)(r9 + 8) = r1         ; 08 00
  r1 = r6
  r2 = 9
  r3 = r10
  r3 += -8
  r4 = 1
  r5 = 1
  call bpf_skb_load_bytes_relative
  *(u64 *)(r9 + 16) = r0
  r1 = *(u64 *)(r10 - 8)
  *(u64 *)(r9 + 24) = r1        ; 17 (UDP), over the second byte of the EtherType
  r1 = r6
  r2 = 45
  r3 = r10
  r3 += -8
  r4 = 2
  r5 = 1
  call bpf_skb_load_bytes_relative
  *(u64 *)(r9 + 32) = r0        ; -EFAULT: 14 + 45 + 2 > 60
  r1 = r6
  r2 = 0
  r3 = r10
  r3 += -8
  r4 = 2
  r5 = 2
  call bpf_skb_load_bytes_relative
  *(u64 *)(r9 + 40) = r0        ; -EFAULT: no such start
  r1 = *(u64 *)(r10 - 8)
  r0 = r1                       ; zeroed
  exit
