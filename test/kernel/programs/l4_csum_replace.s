; about: bpf_l4_csum_replace: a new IPv4 source (pseudo-header flag) and a new UDP port, both fixed up in the UDP checksum
; type: sched_cls
; packet: 020000000002 020000000001 0800 4500002e000100004011f96ac0a80001c0a80002 30390035001a8629 68656c6c6f2c20627066706c617921210001
; map: out:array:4:24:1

  r6 = r1
  r9 = map_value[out] + 0 ll
  r1 = r6
  r2 = 26
  r3 = r10
  r3 += -8
  r4 = 4
  call bpf_skb_load_bytes
  w7 = *(u32 *)(r10 - 8)
  w8 = 0x0100000a
  *(u32 *)(r10 - 4) = w8
  r1 = r6
  r2 = 26
  r3 = r10
  r3 += -4
  r4 = 4
  r5 = 0
  call bpf_skb_store_bytes
  r1 = r6
  r2 = 24
  r3 = r7
  r4 = r8
  r5 = 4
  call bpf_l3_csum_replace
  *(u64 *)(r9 + 0) = r0
  r1 = r6
  r2 = 40                       ; offset of the UDP checksum
  r3 = r7
  r4 = r8
  r5 = 0x14                     ; BPF_F_PSEUDO_HDR | 4
  call bpf_l4_csum_replace
  *(u64 *)(r9 + 8) = r0
; the destination port 53 -> 5353, 2 bytes
  w1 = 0xe914                   ; 5353 in network order, as stored
  *(u16 *)(r10 - 12) = w1
  r1 = r6
  r2 = 36
  r3 = r10
  r3 += -12
  r4 = 2
  r5 = 0
  call bpf_skb_store_bytes
  r1 = r6
  r2 = 40
  r3 = 0x3500                   ; 53, as stored
  r4 = 0xe914
  r5 = 2
  call bpf_l4_csum_replace
  *(u64 *)(r9 + 16) = r0
  r0 = 0
  exit
