; about: LD_IND with an index past the end ends the program with r0 = 0, in tc too
; type: sched_cls
; packet: 020000000002 020000000001 0800 4500002e000100004011f96ac0a80001c0a80002 30390035001a8629 68656c6c6f2c20627066706c617921210001
; map: out:array:4:16:1

  r6 = r1
  r9 = map_value[out] + 0 ll
  r7 = 58
  r0 = *(u16 *)skb[r7 + 0]      ; bytes 58..59: the last two, fine
  *(u64 *)(r9 + 0) = r0
  r0 = *(u16 *)skb[r7 + 1]      ; 59..60: one past
  *(u64 *)(r9 + 8) = r0
  r0 = 5
  exit
