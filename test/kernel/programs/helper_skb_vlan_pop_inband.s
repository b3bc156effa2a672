; about: bpf_skb_vlan_pop on a frame that carries two 802.1Q tags in its bytes: the outer one leaves the frame, the inner one moves into the offload slot, and the packet comes back untagged (protocol IPv4, len 60)
; type: sched_cls
; packet: 020000000002 020000000001 8100 0064 8100 00c8 0800 4500002e000100004011f96ac0a80001c0a80002 30390035001a8629 68656c6c6f2c20627066706c617921210001
; map: out:array:4:24:1

  r6 = r1
  r1 = r6
  call bpf_skb_vlan_pop
  r9 = map_value[out] + 0 ll
  *(u32 *)(r9 + 20) = r0
  r1 = *(u32 *)(r6 + 20)
  *(u32 *)(r9 + 0) = r1
  r1 = *(u32 *)(r6 + 24)
  *(u32 *)(r9 + 4) = r1
  r1 = *(u32 *)(r6 + 28)
  *(u32 *)(r9 + 8) = r1
  r1 = *(u32 *)(r6 + 16)
  *(u32 *)(r9 + 12) = r1
  r1 = *(u32 *)(r6 + 0)
  *(u32 *)(r9 + 16) = r1
  r0 = 0
  exit
