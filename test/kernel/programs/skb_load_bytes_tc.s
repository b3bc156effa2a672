; about: bpf_skb_load_bytes in tc: the IPv4 header to the stack (offsets from the Ethernet header); past the end -14 and a zeroed buffer
; type: sched_cls
; packet: 020000000002 020000000001 0800 4500002e000100004011f96ac0a80001c0a80002 30390035001a8629 68656c6c6f2c20627066706c617921210001
; map: out:array:4:40:1

  r6 = r1
  r9 = map_value[out] + 0 ll
  r1 = r6
  r2 = 14
  r3 = r10
  r3 += -24
  r4 = 20
  call bpf_skb_load_bytes
  *(u64 *)(r9 + 0) = r0
  r1 = *(u64 *)(r10 - 24)
  *(u64 *)(r9 + 8) = r1
  r1 = *(u32 *)(r10 - 8)        ; destination address
  *(u64 *)(r9 + 16) = r1
  *(u64 *)(r10 - 32) = -1
  r1 = r6
  r2 = 56
  r3 = r10
  r3 += -32
  r4 = 8
  call bpf_skb_load_bytes
  *(u64 *)(r9 + 24) = r0
  r1 = *(u64 *)(r10 - 32)
  *(u64 *)(r9 + 32) = r1
  r0 = 0
  exit
