; about: with repeat, a tc program's packet writes carry over from run to run
; type: sched_cls
; packet: 020000000002 020000000001 0800 4500002e000100004011f96ac0a80001c0a80002 30390035001a8629 68656c6c6f2c20627066706c617921210001
; repeat: 3

  r2 = *(u32 *)(r1 + 76)
  r3 = *(u32 *)(r1 + 80)
  r4 = r2
  r4 += 60
  if r4 > r3 goto out
  r5 = *(u32 *)(r2 + 56)
  r5 += 0x01010101
  *(u32 *)(r2 + 56) = w5
  r0 = r5
  exit
out:
  r0 = 2
  exit
