; about: bpf_xdp_adjust_tail with a positive delta: the new bytes read as zero; the program fills half of them
; type: xdp
; packet: 020000000002 020000000001 0800 4500002e000100004011f96ac0a80001c0a80002 30390035001a8629 68656c6c6f2c20627066706c617921210001
; map: out:array:4:8:1

  r6 = r1
  r9 = map_value[out] + 0 ll
  r2 = 8
  call bpf_xdp_adjust_tail
  if r0 != 0 goto fail
  r2 = *(u32 *)(r6 + 0)
  r3 = *(u32 *)(r6 + 4)
  r4 = r2
  r4 += 68
  if r4 > r3 goto fail
  r1 = *(u64 *)(r2 + 60)
  *(u64 *)(r9 + 0) = r1
  w1 = 0x11223344
  *(u32 *)(r2 + 64) = w1
  r0 = r3
  r0 -= r2
  exit
fail:
  r0 = 0
  exit
