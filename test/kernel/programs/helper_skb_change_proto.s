; about: bpf_skb_change_proto in tc: IPv4 to IPv6 opens 20 zeroed bytes after the MAC header (protocol IPv6, len 80), IPv6 back to IPv4 takes them away (the packet as it was); the same protocol again, another protocol or flags are refused
; type: sched_cls
; packet: 020000000002 020000000001 0800 4500002e000100004011f96ac0a80001c0a80002 30390035001a8629 68656c6c6f2c20627066706c617921210001
; map: out:array:4:80:1

  r6 = r1
  r9 = map_value[out] + 0 ll
  r1 = r6
  r2 = 0xdd86                   ; htons(ETH_P_IPV6)
  r3 = 1
  call bpf_skb_change_proto
  *(u64 *)(r9 + 0) = r0         ; -EINVAL: flags
  r1 = r6
  r2 = 0x0008                   ; htons(ETH_P_IP): what it is already
  r3 = 0
  call bpf_skb_change_proto
  *(u64 *)(r9 + 8) = r0         ; -ENOTSUPP
  r1 = r6
  r2 = 0xdd86
  r3 = 0
  call bpf_skb_change_proto
  *(u64 *)(r9 + 16) = r0        ; 0
  r1 = *(u32 *)(r6 + 16)
  *(u64 *)(r9 + 24) = r1        ; IPv6
  r1 = *(u32 *)(r6 + 0)
  *(u64 *)(r9 + 32) = r1        ; 80
  r1 = r6
  r2 = 0x0608                   ; ARP
  r3 = 0
  call bpf_skb_change_proto
  *(u64 *)(r9 + 40) = r0        ; -ENOTSUPP
  r1 = r6
  r2 = 0x0008
  r3 = 0
  call bpf_skb_change_proto
  *(u64 *)(r9 + 48) = r0        ; 0
  r1 = *(u32 *)(r6 + 16)
  *(u64 *)(r9 + 56) = r1        ; IPv4
  r1 = *(u32 *)(r6 + 0)
  *(u64 *)(r9 + 64) = r1        ; 60
  r0 = 0
  exit
