; about: bpf_skb_change_head in tc: -EINVAL for flags or past BPF_SKB_MAX_LEN (16064 bytes); else zeroed bytes in front of the packet, skb->len and data grow with them, and the packet comes back with them
; type: sched_cls
; packet: 020000000002 020000000001 0800 4500002e000100004011f96ac0a80001c0a80002 30390035001a8629 68656c6c6f2c20627066706c617921210001
; map: out:array:4:48:1

  r6 = r1
  r9 = map_value[out] + 0 ll
  r1 = r6
  r2 = 14
  r3 = 1
  call bpf_skb_change_head
  *(u64 *)(r9 + 0) = r0         ; -EINVAL: flags
  r1 = r6
  r2 = 16005                    ; 60 + 16005 = 16065 bytes
  r3 = 0
  call bpf_skb_change_head
  *(u64 *)(r9 + 8) = r0         ; -EINVAL
  r1 = r6
  r2 = 0xffffffff
  r3 = 0
  call bpf_skb_change_head
  *(u64 *)(r9 + 16) = r0        ; -EINVAL: the length wraps
  r1 = r6
  r2 = 18
  r3 = 0
  call bpf_skb_change_head
  *(u64 *)(r9 + 24) = r0        ; 0
  r1 = *(u32 *)(r6 + 0)
  *(u64 *)(r9 + 32) = r1        ; len 78
  r2 = *(u32 *)(r6 + 76)
  r3 = *(u32 *)(r6 + 80)
  r4 = r2
  r4 += 32
  if r4 > r3 goto fail
  r1 = *(u8 *)(r2 + 18)         ; the old first byte, 0x02
  r5 = *(u64 *)(r2 + 8)
  r5 |= r1
  *(u64 *)(r9 + 40) = r5
  r1 = 0xee
  *(u8 *)(r2 + 0) = r1
  r3 -= r2
  r0 = r3
  exit
fail:
  r0 = 1
  exit
