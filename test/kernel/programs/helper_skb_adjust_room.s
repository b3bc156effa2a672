; about: bpf_skb_adjust_room in tc on an IPv4 packet: refusals (unknown flag, more than 4095 bytes, unknown mode, a shrink into the IP header, encap and decap flags the wrong way round); 8 bytes of room after the IP header and back; a UDP-in-IPv4 encapsulation (28 bytes after the MAC header) and a second one refused (-EALREADY); decapsulation as IPv6 (protocol follows); then bpf_skb_change_tail refused on the encapsulated packet. Each result and len after it
; type: sched_cls
; packet: 020000000002 020000000001 0800 4500002e000100004011f96ac0a80001c0a80002 30390035001a8629 68656c6c6f2c20627066706c617921210001
; map: out:array:4:160:1

  r6 = r1
  r9 = map_value[out] + 0 ll
  r1 = r6
  r2 = 8
  r3 = 0
  r4 = 0x400
  call bpf_skb_adjust_room
  *(u64 *)(r9 + 0) = r0         ; -EINVAL: flag 1 << 10
  r1 = r6
  r2 = 0x1000
  r3 = 0
  r4 = 0
  call bpf_skb_adjust_room
  *(u64 *)(r9 + 8) = r0         ; -EFAULT
  r1 = r6
  r2 = 8
  r3 = 2
  r4 = 0
  call bpf_skb_adjust_room
  *(u64 *)(r9 + 16) = r0        ; -ENOTSUPP: mode 2
  r1 = r6
  r2 = -40
  r3 = 0
  r4 = 0
  call bpf_skb_adjust_room
  *(u64 *)(r9 + 24) = r0        ; -ENOTSUPP: 46 - 40 < 20
  r1 = r6
  r2 = 8
  r3 = 0
  r4 = 128
  call bpf_skb_adjust_room
  *(u64 *)(r9 + 32) = r0        ; -EINVAL: decap flag on a grow
  r1 = r6
  r2 = 8
  r3 = 0
  r4 = 0
  call bpf_skb_adjust_room
  *(u64 *)(r9 + 40) = r0        ; 0
  r1 = *(u32 *)(r6 + 0)
  *(u64 *)(r9 + 48) = r1        ; 68
  r1 = r6
  r2 = -8
  r3 = 0
  r4 = 0
  call bpf_skb_adjust_room
  *(u64 *)(r9 + 56) = r0        ; 0: the packet as it was
  r1 = r6
  r2 = 28
  r3 = 1
  r4 = 18                       ; ENCAP_L3_IPV4 | ENCAP_L4_UDP
  call bpf_skb_adjust_room
  *(u64 *)(r9 + 64) = r0        ; 0
  r1 = *(u32 *)(r6 + 0)
  *(u64 *)(r9 + 72) = r1        ; 88
  r1 = r6
  r2 = 28
  r3 = 1
  r4 = 18
  call bpf_skb_adjust_room
  *(u64 *)(r9 + 80) = r0        ; -EALREADY
  r1 = r6
  r2 = -28
  r3 = 1
  r4 = 256                      ; DECAP_L3_IPV6
  call bpf_skb_adjust_room
  *(u64 *)(r9 + 88) = r0        ; 0
  r1 = *(u32 *)(r6 + 16)
  *(u64 *)(r9 + 96) = r1        ; protocol: IPv6 now
  r1 = *(u32 *)(r6 + 0)
  *(u64 *)(r9 + 104) = r1       ; 60
  r1 = r6
  r2 = 50
  r3 = 0
  call bpf_skb_change_tail
  *(u64 *)(r9 + 112) = r0       ; -ENOTSUPP: encapsulated
  r1 = r6
  r2 = 4
  r3 = 1
  r4 = 0
  call bpf_skb_adjust_room
  *(u64 *)(r9 + 120) = r0       ; 0: a grow after the MAC header does not look at the (now IPv6) header
  r1 = *(u32 *)(r6 + 0)
  *(u64 *)(r9 + 128) = r1       ; 64
  r0 = 0
  exit
