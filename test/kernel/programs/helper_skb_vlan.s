; about: bpf_skb_vlan_push and bpf_skb_vlan_pop in tc: the first tag goes to the offload slot (vlan_present, vlan_tci, vlan_proto; the bytes stay), a second one moves the first into the frame (protocol 802.1Q, len + 4); a pop drops the offload tag and moves the frame's tag into the slot; a pop with no tag does nothing; an unknown vlan_proto counts as 802.1Q. For each step: vlan_present, vlan_tci, vlan_proto, protocol, len
; type: sched_cls
; packet: 020000000002 020000000001 0800 4500002e000100004011f96ac0a80001c0a80002 30390035001a8629 68656c6c6f2c20627066706c617921210001
; map: out:array:4:160:1

  r6 = r1
  r9 = map_value[out] + 0 ll
  r1 = r6
  r2 = 0x0081                   ; htons(ETH_P_8021Q)
  r3 = 100
  call bpf_skb_vlan_push
  r8 = r0
  r1 = r6
  r2 = r9
  call save
  r1 = r6
  r2 = 0xa888                   ; htons(ETH_P_8021AD)
  r3 = 200
  call bpf_skb_vlan_push
  r8 |= r0
  r9 += 24
  r1 = r6
  r2 = r9
  call save
  r1 = r6
  call bpf_skb_vlan_pop
  r8 |= r0
  r9 += 24
  r1 = r6
  r2 = r9
  call save
  r1 = r6
  call bpf_skb_vlan_pop
  r8 |= r0
  r9 += 24
  r1 = r6
  r2 = r9
  call save
  r1 = r6
  call bpf_skb_vlan_pop
  r8 |= r0
  r9 += 24
  r1 = r6
  r2 = r9
  call save
  r1 = r6
  r2 = 0x3412                   ; not a VLAN protocol
  r3 = 0x2005
  call bpf_skb_vlan_push
  r8 |= r0
  r9 += 24
  r1 = r6
  r2 = r9
  call save
  r0 = r8
  exit

; five fields of the __sk_buff in r1 into r2[0..20)
save:
  r3 = *(u32 *)(r1 + 20)
  *(u32 *)(r2 + 0) = r3
  r3 = *(u32 *)(r1 + 24)
  *(u32 *)(r2 + 4) = r3
  r3 = *(u32 *)(r1 + 28)
  *(u32 *)(r2 + 8) = r3
  r3 = *(u32 *)(r1 + 16)
  *(u32 *)(r2 + 12) = r3
  r3 = *(u32 *)(r1 + 0)
  *(u32 *)(r2 + 16) = r3
  r0 = 0
  exit
