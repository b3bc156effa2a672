; about: bpf_redirect in XDP returns XDP_REDIRECT (4), or XDP_ABORTED (0) for any flags
; type: xdp
; packet: 020000000002 020000000001 0800 4500002e000100004011f96ac0a80001c0a80002 30390035001a8629 68656c6c6f2c20627066706c617921210001
; map: out:array:4:16:1

  r9 = map_value[out] + 0 ll
  r1 = 1
  r2 = 1
  call bpf_redirect
  *(u64 *)(r9 + 0) = r0
  r1 = 1
  r2 = 0
  call bpf_redirect
  *(u64 *)(r9 + 8) = r0
  exit
