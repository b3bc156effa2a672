; about: bpf_xdp_adjust_head out of range: past the headroom or leaving less than 14 bytes gives -22, nothing moves
; type: xdp
; packet: 020000000002 020000000001 0800 4500002e000100004011f96ac0a80001c0a80002 30390035001a8629 68656c6c6f2c20627066706c617921210001
; map: out:array:4:32:1

  r6 = r1
  r9 = map_value[out] + 0 ll
  r1 = r6
  r2 = -1000
  call bpf_xdp_adjust_head
  *(u64 *)(r9 + 0) = r0
  r1 = r6
  r2 = 50
  call bpf_xdp_adjust_head
  *(u64 *)(r9 + 8) = r0
  r1 = r6
  r2 = 46                       ; leaves exactly 14
  call bpf_xdp_adjust_head
  *(u64 *)(r9 + 16) = r0
  r2 = *(u32 *)(r6 + 0)
  r3 = *(u32 *)(r6 + 4)
  r3 -= r2
  *(u64 *)(r9 + 24) = r3
  r0 = 2
  exit
