; about: bpf_skb_store_bytes rewrites the IPv4 destination (checksum left stale) and the payload; past the end -14
; type: sched_cls
; packet: 020000000002 020000000001 0800 4500002e000100004011f96ac0a80001c0a80002 30390035001a8629 68656c6c6f2c20627066706c617921210001
; map: out:array:4:16:1

  r6 = r1
  r9 = map_value[out] + 0 ll
  w1 = 0x0400000a               ; 10.0.0.4 in network order
  *(u32 *)(r10 - 4) = w1
  r1 = r6
  r2 = 30
  r3 = r10
  r3 += -4
  r4 = 4
  r5 = 0
  call bpf_skb_store_bytes
  *(u64 *)(r9 + 0) = r0
  r1 = 0x2121212121212121 ll
  *(u64 *)(r10 - 16) = r1
  r1 = r6
  r2 = 42
  r3 = r10
  r3 += -16
  r4 = 8
  r5 = 0
  call bpf_skb_store_bytes
  r1 = r6
  r2 = 58
  r3 = r10
  r3 += -16
  r4 = 4
  r5 = 0
  call bpf_skb_store_bytes
  *(u64 *)(r9 + 8) = r0
  r0 = 0
  exit
