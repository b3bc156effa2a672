; about: tc direct packet access: swap the UDP ports in place, return TC_ACT_OK
; type: sched_cls
; packet: 020000000002 020000000001 0800 4500002e000100004011f96ac0a80001c0a80002 30390035001a8629 68656c6c6f2c20627066706c617921210001

  r2 = *(u32 *)(r1 + 76)
  r3 = *(u32 *)(r1 + 80)
  r4 = r2
  r4 += 42
  if r4 > r3 goto out
  r5 = *(u16 *)(r2 + 34)
  r6 = *(u16 *)(r2 + 36)
  *(u16 *)(r2 + 34) = w6
  *(u16 *)(r2 + 36) = w5
  r0 = 0
  exit
out:
  r0 = 2
  exit
