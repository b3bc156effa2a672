; about: struct xdp_md as BPF_PROG_TEST_RUN fills it: data, data_end, data_meta, ifindex, rx queue
; type: xdp
; packet: 020000000002 020000000001 0800 4500002e000100004011f96ac0a80001c0a80002 30390035001a8629 68656c6c6f2c20627066706c617921210001
; map: out:array:4:32:1

  r9 = map_value[out] + 0 ll
  r2 = *(u32 *)(r1 + 0)         ; data
  r3 = *(u32 *)(r1 + 4)         ; data_end
  r4 = *(u32 *)(r1 + 8)         ; data_meta: equal to data without metadata
  r3 -= r2
  *(u64 *)(r9 + 0) = r3
  r4 -= r2
  *(u64 *)(r9 + 8) = r4
  r5 = *(u32 *)(r1 + 12)        ; ingress_ifindex
  *(u64 *)(r9 + 16) = r5
  r5 = *(u32 *)(r1 + 16)        ; rx_queue_index
  *(u64 *)(r9 + 24) = r5
  r0 = 2
  exit
