; about: bpf_get_prandom_u32: a u32 (the upper half is zero); only masked results are returned
; type: xdp
; packet: 020000000002 020000000001 0800 4500002e000100004011f96ac0a80001c0a80002 30390035001a8629 68656c6c6f2c20627066706c617921210001
; map: out:array:4:16:1

  r9 = map_value[out] + 0 ll
  call bpf_get_prandom_u32
  r1 = r0
  r1 >>= 32
  *(u64 *)(r9 + 0) = r1
  r0 &= 0
  r0 |= 0x40
  *(u64 *)(r9 + 8) = r0
  exit
