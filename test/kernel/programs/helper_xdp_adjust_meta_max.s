; about: bpf_xdp_adjust_meta grows the metadata to all the headroom the xdp_frame leaves (216 bytes in a test run), one u32 step at a time, and reports each step
; type: xdp
; packet: 020000000002 020000000001 0800 4500002e000100004011f96ac0a80001c0a80002 30390035001a8629 68656c6c6f2c20627066706c617921210001
; map: out:array:4:16:1

  r6 = r1
  r7 = 0                        ; steps that worked
  r8 = 0
loop:
  r1 = r6
  r2 = -4
  call bpf_xdp_adjust_meta
  if r0 != 0 goto done
  r7 += 1
  r8 += 1
  if r8 < 100 goto loop
done:
  r9 = map_value[out] + 0 ll
  *(u64 *)(r9 + 0) = r7
  *(u64 *)(r9 + 8) = r0
  r2 = *(u32 *)(r6 + 8)
  r3 = *(u32 *)(r6 + 0)
  r3 -= r2
  r0 = r3
  exit
