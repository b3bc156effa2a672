; about: bpf_xdp_adjust_tail out of range: below 14 bytes or past the frame's tailroom gives -22
; type: xdp
; packet: 020000000002 020000000001 0800 4500002e000100004011f96ac0a80001c0a80002 30390035001a8629 68656c6c6f2c20627066706c617921210001
; map: out:array:4:24:1

  r6 = r1
  r9 = map_value[out] + 0 ll
  r1 = r6
  r2 = -50
  call bpf_xdp_adjust_tail
  *(u64 *)(r9 + 0) = r0
  r1 = r6
  r2 = 5000
  call bpf_xdp_adjust_tail
  *(u64 *)(r9 + 8) = r0
  r1 = r6
  r2 = -46                      ; leaves 14: fine
  call bpf_xdp_adjust_tail
  *(u64 *)(r9 + 16) = r0
  r0 = 1
  exit
