; about: struct __sk_buff fields as BPF_PROG_TEST_RUN fills them for a tc program
; type: sched_cls
; packet: 020000000002 020000000001 0800 4500002e000100004011f96ac0a80001c0a80002 30390035001a8629 68656c6c6f2c20627066706c617921210001
; map: out:array:4:96:1

  r9 = map_value[out] + 0 ll
  r2 = *(u32 *)(r1 + 0)         ; len
  *(u64 *)(r9 + 0) = r2
  r2 = *(u32 *)(r1 + 4)         ; pkt_type
  *(u64 *)(r9 + 8) = r2
  r2 = *(u32 *)(r1 + 8)         ; mark
  *(u64 *)(r9 + 16) = r2
  r2 = *(u32 *)(r1 + 16)        ; protocol (network order)
  *(u64 *)(r9 + 24) = r2
  r2 = *(u32 *)(r1 + 32)        ; priority
  *(u64 *)(r9 + 32) = r2
  r2 = *(u32 *)(r1 + 36)        ; ingress_ifindex
  *(u64 *)(r9 + 40) = r2
  r2 = *(u32 *)(r1 + 40)        ; ifindex
  *(u64 *)(r9 + 48) = r2
  r2 = *(u32 *)(r1 + 76)        ; data
  r3 = *(u32 *)(r1 + 80)        ; data_end
  r3 -= r2
  *(u64 *)(r9 + 56) = r3
  r2 = *(u32 *)(r1 + 160)       ; wire_len
  *(u64 *)(r9 + 64) = r2
  r2 = *(u32 *)(r1 + 164)       ; gso_segs
  *(u64 *)(r9 + 72) = r2
  r2 = *(u32 *)(r1 + 0)
  *(u32 *)(r1 + 8) = 0x1234     ; mark
  *(u32 *)(r1 + 48) = 7          ; cb[0]
  r0 = 0
  exit
