; about: bpf_skb_load_bytes in a socket filter: offset 0 is the IP header, as for LD_ABS
; type: socket_filter
; packet: 020000000002 020000000001 0800 4500002e000100004011f96ac0a80001c0a80002 30390035001a8629 68656c6c6f2c20627066706c617921210001
; map: out:array:4:16:1

  r6 = r1
  r9 = map_value[out] + 0 ll
  r1 = r6
  r2 = 0
  r3 = r10
  r3 += -8
  r4 = 8
  call bpf_skb_load_bytes
  r1 = *(u64 *)(r10 - 8)
  *(u64 *)(r9 + 0) = r1
  r1 = *(u32 *)(r6 + 0)         ; skb->len: 46, without the Ethernet header
  *(u64 *)(r9 + 8) = r1
  r0 = r1
  exit
