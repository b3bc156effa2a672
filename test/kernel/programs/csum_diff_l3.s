; about: the csum_diff + l3_csum_replace(size 0) idiom: rewrite the destination, fix the checksum with the diff
; type: sched_cls
; packet: 020000000002 020000000001 0800 4500002e000100004011f96ac0a80001c0a80002 30390035001a8629 68656c6c6f2c20627066706c617921210001

  r6 = r1
  r1 = r6
  r2 = 30
  r3 = r10
  r3 += -8
  r4 = 4
  call bpf_skb_load_bytes
  *(u32 *)(r10 - 4) = 0x0900a8c0   ; 192.168.0.9
  r1 = r10
  r1 += -8
  r2 = 4
  r3 = r10
  r3 += -4
  r4 = 4
  r5 = 0
  call bpf_csum_diff
  r7 = r0
  r1 = r6
  r2 = 30
  r3 = r10
  r3 += -4
  r4 = 4
  r5 = 0
  call bpf_skb_store_bytes
  r1 = r6
  r2 = 24
  r3 = 0
  r4 = r7
  r5 = 0
  call bpf_l3_csum_replace
  exit
