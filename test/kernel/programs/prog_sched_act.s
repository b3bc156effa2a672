; about: a tc action (sched_act) rewrites the TTL through direct packet access and returns TC_ACT_OK
; type: sched_act
; packet: 020000000002 020000000001 0800 4500002e000100004011f96ac0a80001c0a80002 30390035001a8629 68656c6c6f2c20627066706c617921210001

  r2 = *(u32 *)(r1 + 76)
  r3 = *(u32 *)(r1 + 80)
  r4 = r2
  r4 += 34
  if r4 > r3 goto out
  r5 = *(u8 *)(r2 + 22)
  r5 -= 1
  *(u8 *)(r2 + 22) = w5
  r0 = 0
  exit
out:
  r0 = 2
  exit
