; about: a cgroup_skb program: 1 lets the packet through; counts bytes in a map (skb->len is the IP packet)
; type: cgroup_skb
; packet: 020000000002 020000000001 0800 4500002e000100004011f96ac0a80001c0a80002 30390035001a8629 68656c6c6f2c20627066706c617921210001
; map: bytes:array:4:8:1

  r2 = *(u32 *)(r1 + 0)
  r9 = map_value[bytes] + 0 ll
  lock *(u64 *)(r9 + 0) += r2
  r0 = 1
  exit
