; about: bpf_l3_csum_replace after rewriting the IPv4 source: the header checksum is right again
; type: sched_cls
; packet: 020000000002 020000000001 0800 4500002e000100004011f96ac0a80001c0a80002 30390035001a8629 68656c6c6f2c20627066706c617921210001

  r6 = r1
  r1 = r6
  r2 = 26
  r3 = r10
  r3 += -8
  r4 = 4
  call bpf_skb_load_bytes
  w7 = *(u32 *)(r10 - 8)        ; old source, as stored
  w8 = 0x0100000a               ; 10.0.0.1
  *(u32 *)(r10 - 4) = w8
  r1 = r6
  r2 = 26
  r3 = r10
  r3 += -4
  r4 = 4
  r5 = 0
  call bpf_skb_store_bytes
  r1 = r6
  r2 = 24                       ; offset of the IPv4 checksum
  r3 = r7
  r4 = r8
  r5 = 4                        ; the size of the changed field
  call bpf_l3_csum_replace       ; r0 = its return, 0
  exit
