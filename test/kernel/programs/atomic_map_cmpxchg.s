; about: a lock-free "claim" in an array value with cmpxchg: the first run claims, the next fail
; type: xdp
; packet: 020000000002 020000000001 0800 4500002e000100004011f96ac0a80001c0a80002 30390035001a8629 68656c6c6f2c20627066706c617921210001
; repeat: 4
; map: slot:array:4:16:1

  r9 = map_value[slot] + 0 ll
  r0 = 0
  r2 = 0x77
  r0 = cmpxchg_64(r9 + 0, r0, r2)
  r1 = 1
  lock *(u64 *)(r9 + 8) += r1
  if r0 == 0 goto claimed
  r0 += 1000
  exit
claimed:
  r0 = 1
  exit
