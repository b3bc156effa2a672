; about: with repeat, every run sees the packet as the previous run left it: a byte incremented 4 times, and adjust_head each run
; type: xdp
; packet: 020000000002 020000000001 0800 4500002e000100004011f96ac0a80001c0a80002 30390035001a8629 68656c6c6f2c20627066706c617921210001
; repeat: 4
; map: out:array:4:8:1

  r6 = r1
  r9 = map_value[out] + 0 ll
  r0 = 1
  r2 = *(u32 *)(r6 + 0)
  r3 = *(u32 *)(r6 + 4)
  r4 = r2
  r4 += 20
  if r4 > r3 goto out
  r5 = *(u8 *)(r2 + 19)
  r5 += 1
  *(u8 *)(r2 + 19) = w5
  r1 = r6
  r2 = 1
  call bpf_xdp_adjust_head
  r2 = *(u32 *)(r6 + 0)
  r3 = *(u32 *)(r6 + 4)
  r3 -= r2
  lock *(u64 *)(r9 + 0) += r3
  r0 = r3
out:
  exit
